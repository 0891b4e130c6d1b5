/** One AF database's event frames overlapping an inclusive window, for a timeline; frames in progress reach "now". */
import { z } from 'zod';
import { clampLimit } from '../limit';
import { msFromTs, tsFromMs } from '../sql-time';
import { queryRows, type SqlReader } from '../sql-reader';

export interface TimelineFrame {
  webId: string;
  name: string;
  templateName: string | null;
  startMs: number;
  /** Null while in progress. */
  endMs: number | null;
  severity: string | null;
  primaryElementWebId: string | null;
}

const row = z.object({
  event_frame_webid: z.string(),
  name: z.string(),
  template_name: z.string().nullable(),
  start_ms: z.number(),
  end_ms: z.number().nullable(),
  severity: z.string().nullable(),
  primary_element_webid: z.string().nullable(),
});

export async function eventFrameTimeline(
  db: SqlReader,
  input: { assetKey: number; startMs: number; endMs: number; limit?: number },
): Promise<TimelineFrame[]> {
  const rows = await queryRows(
    db,
    row,
    `SELECT event_frame_webid, name, template_name, ${msFromTs('start_time')} AS start_ms, ${msFromTs('end_time')} AS end_ms,
            severity, primary_element_webid
     FROM bronze.pi_event_frames
     WHERE asset_key = $4 AND start_time <= ${tsFromMs('$2')} AND (end_time IS NULL OR end_time >= ${tsFromMs('$1')})
     ORDER BY start_time, event_frame_webid LIMIT $3`,
    [input.startMs, input.endMs, clampLimit(input.limit ?? 2_000), input.assetKey],
  );
  return rows.map((r) => ({
    webId: r.event_frame_webid,
    name: r.name,
    templateName: r.template_name,
    startMs: r.start_ms,
    endMs: r.end_ms,
    severity: r.severity,
    primaryElementWebId: r.primary_element_webid,
  }));
}
