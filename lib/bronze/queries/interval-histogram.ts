/**
 * How often tags were sampled: the seconds between consecutive timestamps of each tag (a second
 * value at the same timestamp is not a new sample), bucketed, with the exact median; and how
 * many values were left out that way, so the page can say so.
 */
import { z } from 'zod';
import { queryOne, queryRows, type SqlReader } from '../sql-reader';
import { assertEdges, bucketize, type HistogramBucket } from './buckets';

/** Brackets the 60 s grid and the 300 s "alternative" interval the granularity chart draws. */
export const DEFAULT_INTERVAL_EDGES_SECONDS = [0, 1, 5, 10, 30, 60, 120, 300, 600, 1800, 3600] as const;

export interface IntervalHistogram {
  buckets: HistogramBucket[];
  medianSeconds: number | null;
  intervalCount: number;
  /** Values after the first at their tag's timestamp (seq > 0): landed, but no interval of their own. */
  sharedTimestampValues: number;
}

const row = z.object({ seconds: z.number(), n: z.number(), median: z.number().nullable() });
const sharedRow = z.object({ n: z.number() });

const SCOPED = `scoped AS (
       SELECT tag_key FROM bronze.pi_tags
       WHERE source_key = $2 AND (CAST($1 AS VARCHAR) IS NULL OR tag_webid = CAST($1 AS VARCHAR))
     )`;

/** Every tag of the source when `webId` is omitted; empty for a tag of another source. */
export async function intervalHistogram(
  db: SqlReader,
  input: { sourceKey: number; webId?: string; edgesSeconds?: readonly number[] },
): Promise<IntervalHistogram> {
  const edges = input.edgesSeconds ?? DEFAULT_INTERVAL_EDGES_SECONDS;
  assertEdges(edges);
  // Grouped by whole seconds so the result stays small whatever the row count; the median is
  // taken from the unrounded intervals. The source's tags are picked first and the raw values
  // joined to them by tag_key: the raw table is never joined to pi_tags row by row. `iv` is read
  // twice (groups and median); MATERIALIZED sorts the window once instead of twice (about 0.8 s
  // down to 0.6 s over 6.5 M rows on two cores, measured).
  const rows = await queryRows(
    db,
    row,
    `WITH ${SCOPED}, iv AS MATERIALIZED (
       SELECT (epoch_us(r.ts) - lag(epoch_us(r.ts)) OVER (PARTITION BY r.tag_key ORDER BY r.ts)) / 1e6 AS s
       FROM bronze.pi_timeseries_raw r SEMI JOIN scoped USING (tag_key)
       WHERE r.seq = 0
     )
     SELECT floor(s)::DOUBLE AS seconds, count(*)::DOUBLE AS n,
            (SELECT median(s) FROM iv WHERE s IS NOT NULL)::DOUBLE AS median
     FROM iv WHERE s IS NOT NULL GROUP BY 1 ORDER BY 1`,
    [input.webId ?? null, input.sourceKey],
  );
  const shared = await queryOne(
    db,
    sharedRow,
    `WITH ${SCOPED}
     SELECT count(*)::DOUBLE AS n FROM bronze.pi_timeseries_raw r SEMI JOIN scoped USING (tag_key) WHERE r.seq > 0`,
    [input.webId ?? null, input.sourceKey],
  );
  return {
    buckets: bucketize(rows.map((r) => ({ seconds: r.seconds, count: r.n })), edges),
    medianSeconds: rows[0]?.median ?? null,
    intervalCount: rows.reduce((n, r) => n + r.n, 0),
    sharedTimestampValues: shared.n,
  };
}
