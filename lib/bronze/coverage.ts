/** Covered intervals per tag (checkpoints.pi_coverage): what a run skips, and where frontfill and backfill continue. */
import { listValue } from '@duckdb/node-api';
import { z } from 'zod';
import type { Interval } from '../landing';
import { msFromTs } from './sql-time';
import { queryRows, type SqlReader } from './sql-reader';

const coverageRow = z.object({ tag_key: z.number(), start_ms: z.number(), end_ms: z.number() });

/** Merged, ascending intervals of these tags (all tags when `tagKeys` is null); a tag with none is absent. */
export async function readCoverage(db: SqlReader, tagKeys: readonly number[] | null): Promise<Map<number, Interval[]>> {
  // An empty list cannot be bound (DuckDB cannot type it), and it asks for nothing anyway.
  if (tagKeys !== null && tagKeys.length === 0) return new Map();
  // A semi join on the unnested keys is a hash join; list_contains per row scanned the whole list
  // for every coverage row (slice after slice of 32k keys against 500k rows).
  const filter = tagKeys === null ? '' : 'SEMI JOIN (SELECT unnest($1::INTEGER[]) AS key) k ON k.key = tag_key';
  const rows = await queryRows(
    db,
    coverageRow,
    `SELECT tag_key, ${msFromTs('start_ts')} AS start_ms, ${msFromTs('end_ts')} AS end_ms
     FROM checkpoints.pi_coverage ${filter} ORDER BY tag_key, start_ts`,
    tagKeys === null ? [] : [listValue([...tagKeys])],
  );
  const coverage = new Map<number, Interval[]>();
  for (const r of rows) {
    const list = coverage.get(r.tag_key);
    const interval = { startMs: r.start_ms, endMs: r.end_ms };
    if (list) list.push(interval);
    else coverage.set(r.tag_key, [interval]);
  }
  return coverage;
}
