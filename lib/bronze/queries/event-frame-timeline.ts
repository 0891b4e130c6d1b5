/**
 * One AF database's event frames overlapping an inclusive window, for a timeline with one lane per
 * element (the frame's primary element): a page of lanes at a time, in element-path order, with
 * every frame of those lanes. Lanes per element, not per template: at 30,240 tags about 140
 * batch runs are under way at any moment, so a lane per template is a solid band whatever the
 * zoom, while one element has a few frames a week.
 */
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

export interface TimelineLane {
  /** Null: frames without a primary element share one lane. */
  elementWebId: string | null;
  /** The element's AF path, null when bronze holds no such element. */
  elementPath: string | null;
  frameCount: number;
}

export interface TimelinePage {
  lanes: TimelineLane[];
  /** Lanes in the window across all pages. */
  laneCount: number;
  frames: TimelineFrame[];
}

const laneRow = z.object({ lane: z.string().nullable(), path: z.string().nullable(), frames: z.number() });
const countRow = z.object({ n: z.number() });
const frameRow = z.object({
  event_frame_webid: z.string(),
  name: z.string(),
  template_name: z.string().nullable(),
  start_ms: z.number(),
  end_ms: z.number().nullable(),
  severity: z.string().nullable(),
  primary_element_webid: z.string().nullable(),
});

// $1 asset, $2 window start, $3 window end; then $4 lanes per page, $5 first lane.
const FRAMES_IN_WINDOW = `f AS (
       SELECT * FROM bronze.pi_event_frames
       WHERE asset_key = $1 AND start_time <= ${tsFromMs('$3')} AND (end_time IS NULL OR end_time >= ${tsFromMs('$2')})
     )`;
const LANES = `${FRAMES_IN_WINDOW}, lanes AS (
       SELECT f.primary_element_webid AS lane, any_value(h.path) AS path, count(*)::DOUBLE AS frames
       FROM f LEFT JOIN bronze.pi_af_hierarchy h ON h.element_webid = f.primary_element_webid AND h.asset_key = $1
       GROUP BY f.primary_element_webid
       ORDER BY path NULLS LAST, lane NULLS LAST
       LIMIT $4 OFFSET $5
     )`;

export async function eventFrameTimeline(
  db: SqlReader,
  input: { assetKey: number; startMs: number; endMs: number; laneOffset?: number; laneLimit?: number; frameLimit?: number },
): Promise<TimelinePage> {
  const params = [input.assetKey, input.startMs, input.endMs, clampLimit(input.laneLimit ?? 20), Math.max(0, input.laneOffset ?? 0)];
  const lanes = await queryRows(db, laneRow, `WITH ${LANES} SELECT lane, path, frames FROM lanes ORDER BY path NULLS LAST, lane NULLS LAST`, params);
  const [count] = await queryRows(
    db,
    countRow,
    `WITH ${FRAMES_IN_WINDOW} SELECT count(*)::DOUBLE AS n FROM (SELECT DISTINCT primary_element_webid FROM f)`,
    params.slice(0, 3),
  );
  const frames = await queryRows(
    db,
    frameRow,
    `WITH ${LANES}
     SELECT f.event_frame_webid, f.name, f.template_name, ${msFromTs('f.start_time')} AS start_ms, ${msFromTs('f.end_time')} AS end_ms,
            f.severity, f.primary_element_webid
     FROM f JOIN lanes ON f.primary_element_webid IS NOT DISTINCT FROM lanes.lane
     ORDER BY f.start_time, f.event_frame_webid LIMIT $6`,
    [...params, clampLimit(input.frameLimit ?? 2_000)],
  );
  return {
    lanes: lanes.map((l) => ({ elementWebId: l.lane, elementPath: l.path, frameCount: l.frames })),
    laneCount: count?.n ?? 0,
    frames: frames.map((r) => ({
      webId: r.event_frame_webid,
      name: r.name,
      templateName: r.template_name,
      startMs: r.start_ms,
      endMs: r.end_ms,
      severity: r.severity,
      primaryElementWebId: r.primary_element_webid,
    })),
  };
}
