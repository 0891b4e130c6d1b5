/** Share of landed values per PI quality flag (flags overlap, so percentages need not sum to 100). */
import { z } from 'zod';
import { queryOne, type SqlReader } from '../sql-reader';

export interface QualityBreakdown {
  total: number;
  counts: { good: number; questionable: number; substituted: number; annotated: number; states: number };
  /** 0-100 of `total`; all 0 when nothing is landed. */
  percent: { good: number; questionable: number; substituted: number; annotated: number; states: number };
}

const row = z.object({
  total: z.number(),
  good: z.number(),
  questionable: z.number(),
  substituted: z.number(),
  annotated: z.number(),
  states: z.number(),
});

/** Every tag of the source when `webId` is omitted; all zero for a tag of another source. */
export async function qualityBreakdown(db: SqlReader, input: { sourceKey: number; webId?: string }): Promise<QualityBreakdown> {
  const r = await queryOne(
    db,
    row,
    // The source's tags first, then their raw values by tag_key (no row-by-row join to pi_tags).
    `WITH scoped AS (
       SELECT tag_key FROM bronze.pi_tags
       WHERE source_key = $2 AND (CAST($1 AS VARCHAR) IS NULL OR tag_webid = CAST($1 AS VARCHAR))
     )
     SELECT count(*)::DOUBLE AS total,
            count(*) FILTER (WHERE quality_flags & 1 <> 0)::DOUBLE AS good,
            count(*) FILTER (WHERE quality_flags & 2 <> 0)::DOUBLE AS questionable,
            count(*) FILTER (WHERE quality_flags & 4 <> 0)::DOUBLE AS substituted,
            count(*) FILTER (WHERE quality_flags & 8 <> 0)::DOUBLE AS annotated,
            count(value_state)::DOUBLE AS states
     FROM bronze.pi_timeseries_raw SEMI JOIN scoped USING (tag_key)`,
    [input.webId ?? null, input.sourceKey],
  );
  const pct = (n: number): number => (r.total === 0 ? 0 : (100 * n) / r.total);
  const counts = { good: r.good, questionable: r.questionable, substituted: r.substituted, annotated: r.annotated, states: r.states };
  return {
    total: r.total,
    counts,
    percent: {
      good: pct(counts.good),
      questionable: pct(counts.questionable),
      substituted: pct(counts.substituted),
      annotated: pct(counts.annotated),
      states: pct(counts.states),
    },
  };
}
