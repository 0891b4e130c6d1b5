/** One tag's values in an inclusive window, columnar (what a chart wants), oldest first; empty for a tag of another source. */
import { z } from 'zod';
import { clampLimit } from '../limit';
import { msFromTs, tsFromMs } from '../sql-time';
import { queryRows, type SqlReader } from '../sql-reader';

export interface TagSeries {
  tsMs: number[];
  seq: number[];
  /** Null where the value is a state (see `state`) or missing. */
  value: (number | null)[];
  state: (string | null)[];
  /** bit0 good, bit1 questionable, bit2 substituted, bit3 annotated (as ValueColumns.flags). */
  flags: number[];
  /** True when `limit` cut the window short. */
  truncated: boolean;
}

const row = z.object({
  ts_ms: z.number(),
  seq: z.number(),
  value: z.number().nullable(),
  value_state: z.string().nullable(),
  flags: z.number(),
});

export async function tagSeries(
  db: SqlReader,
  input: { sourceKey: number; webId: string; startMs: number; endMs: number; limit?: number },
): Promise<TagSeries> {
  const limit = clampLimit(input.limit ?? 10_000, 200_000);
  const rows = await queryRows(
    db,
    row,
    `SELECT ${msFromTs('r.ts')} AS ts_ms, r.seq, r.value, r.value_state,
            r.quality_flags::INTEGER AS flags
     FROM bronze.pi_timeseries_raw r JOIN bronze.pi_tags t USING (tag_key)
     WHERE t.tag_webid = $1 AND t.source_key = $5 AND r.ts BETWEEN ${tsFromMs('$2')} AND ${tsFromMs('$3')}
     ORDER BY r.ts, r.seq LIMIT $4`,
    [input.webId, input.startMs, input.endMs, limit + 1, input.sourceKey],
  );
  const kept = rows.slice(0, limit);
  return {
    tsMs: kept.map((r) => r.ts_ms),
    seq: kept.map((r) => r.seq),
    value: kept.map((r) => r.value),
    state: kept.map((r) => r.value_state),
    flags: kept.map((r) => r.flags),
    truncated: rows.length > limit,
  };
}
