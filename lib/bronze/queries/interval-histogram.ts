/**
 * How often tags were sampled: the seconds between consecutive timestamps of each tag (a second
 * value at the same timestamp is not a new sample), bucketed, with the exact median.
 */
import { z } from 'zod';
import { queryRows, type SqlReader } from '../sql-reader';
import { assertEdges, bucketize, type HistogramBucket } from './buckets';

/** Brackets the 60 s grid and the 300 s "alternative" interval the granularity chart draws. */
export const DEFAULT_INTERVAL_EDGES_SECONDS = [0, 1, 5, 10, 30, 60, 120, 300, 600, 1800, 3600] as const;

export interface IntervalHistogram {
  buckets: HistogramBucket[];
  medianSeconds: number | null;
  intervalCount: number;
}

const row = z.object({ seconds: z.number(), n: z.number(), median: z.number().nullable() });

/** All tags when `webId` is omitted. */
export async function intervalHistogram(
  db: SqlReader,
  input: { webId?: string; edgesSeconds?: readonly number[] } = {},
): Promise<IntervalHistogram> {
  const edges = input.edgesSeconds ?? DEFAULT_INTERVAL_EDGES_SECONDS;
  assertEdges(edges);
  // Grouped by whole seconds so the result stays small whatever the row count; the median is
  // taken from the unrounded intervals.
  const rows = await queryRows(
    db,
    row,
    `WITH iv AS (
       SELECT (epoch_us(r.ts) - lag(epoch_us(r.ts)) OVER (PARTITION BY r.tag_key ORDER BY r.ts)) / 1e6 AS s
       FROM bronze.pi_timeseries_raw r
       WHERE r.seq = 0
         AND (CAST($1 AS VARCHAR) IS NULL
              OR r.tag_key = (SELECT tag_key FROM bronze.pi_tags WHERE tag_webid = CAST($1 AS VARCHAR)))
     )
     SELECT floor(s)::DOUBLE AS seconds, count(*)::DOUBLE AS n,
            (SELECT median(s) FROM iv WHERE s IS NOT NULL)::DOUBLE AS median
     FROM iv WHERE s IS NOT NULL GROUP BY 1 ORDER BY 1`,
    [input.webId ?? null],
  );
  return {
    buckets: bucketize(rows.map((r) => ({ seconds: r.seconds, count: r.n })), edges),
    medianSeconds: rows[0]?.median ?? null,
    intervalCount: rows.reduce((n, r) => n + r.n, 0),
  };
}
