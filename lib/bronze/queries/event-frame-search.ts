/**
 * One AF database's last event-frame search: the window it searched, the frames it found, and how
 * many frames bronze holds from earlier searches outside that window (they stay: nothing deletes
 * what a later search did not cover). The event-frame page states this, so nobody takes the
 * frames for those of the run's value window.
 */
import { z } from 'zod';
import { msFromTs } from '../sql-time';
import { queryRows, type SqlReader } from '../sql-reader';

export interface EventFrameSearch {
  startMs: number;
  endMs: number;
  /** Distinct frames the search found. */
  foundFrames: number;
  searchedAtMs: number;
  /** Frames of this database in bronze that do not overlap the window (from earlier searches). */
  framesOutside: number;
}

const row = z.object({ start_ms: z.number(), end_ms: z.number(), found: z.number(), searched_ms: z.number(), outside: z.number() });

/** Null when no search of this database was landed (bronze older than the record, or frames landed elsewhere). */
export async function lastEventFrameSearch(db: SqlReader, input: { assetKey: number }): Promise<EventFrameSearch | null> {
  const rows = await queryRows(
    db,
    row,
    `SELECT ${msFromTs('s.start_time')} AS start_ms, ${msFromTs('s.end_time')} AS end_ms, s.frame_count::DOUBLE AS found,
            ${msFromTs('s.searched_at')} AS searched_ms,
            (SELECT count(*) FROM bronze.pi_event_frames f
             WHERE f.asset_key = s.asset_key AND NOT (f.start_time <= s.end_time AND (f.end_time IS NULL OR f.end_time >= s.start_time)))::DOUBLE AS outside
     FROM bronze.pi_event_frame_searches s WHERE s.asset_key = $1`,
    [input.assetKey],
  );
  const r = rows[0];
  return r ? { startMs: r.start_ms, endMs: r.end_ms, foundFrames: r.found, searchedAtMs: r.searched_ms, framesOutside: r.outside } : null;
}
