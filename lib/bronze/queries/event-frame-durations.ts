/** Durations of one AF database's ended event frames, bucketed, with the exact median (frames in progress have none). */
import { z } from 'zod';
import { queryRows, type SqlReader } from '../sql-reader';
import { assertEdges, bucketize, type HistogramBucket } from './buckets';

/** Minutes to a day: the spread of BatchRun, Maintenance, Alarm and Downtime frames. */
export const DEFAULT_DURATION_EDGES_SECONDS = [0, 60, 300, 900, 1800, 3600, 7200, 14400, 28800, 86400] as const;

export interface DurationHistogram {
  buckets: HistogramBucket[];
  medianSeconds: number | null;
  frameCount: number;
}

const row = z.object({ seconds: z.number(), n: z.number(), median: z.number().nullable() });

/** All templates when `templateName` is omitted. */
export async function eventFrameDurations(
  db: SqlReader,
  input: { assetKey: number; templateName?: string; edgesSeconds?: readonly number[] },
): Promise<DurationHistogram> {
  const edges = input.edgesSeconds ?? DEFAULT_DURATION_EDGES_SECONDS;
  assertEdges(edges);
  const rows = await queryRows(
    db,
    row,
    `WITH d AS (
       SELECT duration_seconds AS s FROM bronze.pi_event_frames
       WHERE asset_key = $2 AND duration_seconds IS NOT NULL
         AND (CAST($1 AS VARCHAR) IS NULL OR template_name = CAST($1 AS VARCHAR))
     )
     SELECT floor(s)::DOUBLE AS seconds, count(*)::DOUBLE AS n, (SELECT median(s) FROM d)::DOUBLE AS median
     FROM d GROUP BY 1 ORDER BY 1`,
    [input.templateName ?? null, input.assetKey],
  );
  return {
    buckets: bucketize(rows.map((r) => ({ seconds: r.seconds, count: r.n })), edges),
    medianSeconds: rows[0]?.median ?? null,
    frameCount: rows.reduce((n, r) => n + r.n, 0),
  };
}
