/**
 * Quality of landed values, two ways. Per PI flag (`counts`, `percent`): flags overlap (a value
 * can be questionable AND substituted, and a questionable value is usually also good), so those
 * shares need not sum to 100. In exclusive classes (`exclusive`): each value counted once, in the
 * first class it fits, so the shares sum to 100; this is what the granularity page shows.
 */
import { z } from 'zod';
import { queryOne, type SqlReader } from '../sql-reader';

export interface QualityFlags {
  good: number;
  questionable: number;
  substituted: number;
  annotated: number;
  states: number;
}

/** Every value in exactly one class; annotation is a note on any class, so it is not one. */
export interface QualityClasses {
  /** A system or digital state ("I/O Timeout") instead of a number. */
  states: number;
  questionableAndSubstituted: number;
  questionableOnly: number;
  substitutedOnly: number;
  /** Good, neither questionable nor substituted. */
  goodUnflagged: number;
  /** Not good, no flag and no state: rare on real servers, never made by the mock. */
  otherNotGood: number;
}

export interface QualityBreakdown {
  total: number;
  counts: QualityFlags;
  /** 0-100 of `total`; all 0 when nothing is landed. */
  percent: QualityFlags;
  exclusive: { counts: QualityClasses; percent: QualityClasses };
}

const row = z.object({
  total: z.number(),
  good: z.number(),
  questionable: z.number(),
  substituted: z.number(),
  annotated: z.number(),
  states: z.number(),
  q_and_s: z.number(),
  q_only: z.number(),
  s_only: z.number(),
  good_unflagged: z.number(),
});

function percentOf<K extends string>(counts: Record<K, number>, total: number): Record<K, number> {
  const out = { ...counts };
  for (const key of Object.keys(counts) as K[]) out[key] = total === 0 ? 0 : (100 * counts[key]) / total;
  return out;
}

/** Every tag of the source when `webId` is omitted; all zero for a tag of another source. */
export async function qualityBreakdown(db: SqlReader, input: { sourceKey: number; webId?: string }): Promise<QualityBreakdown> {
  const r = await queryOne(
    db,
    row,
    // The source's tags first, then their raw values by tag_key (no row-by-row join to pi_tags).
    // Bits: 1 good, 2 questionable, 4 substituted, 8 annotated (lib/bronze/types FLAG_*).
    `WITH scoped AS (
       SELECT tag_key FROM bronze.pi_tags
       WHERE source_key = $2 AND (CAST($1 AS VARCHAR) IS NULL OR tag_webid = CAST($1 AS VARCHAR))
     )
     SELECT count(*)::DOUBLE AS total,
            count(*) FILTER (WHERE quality_flags & 1 <> 0)::DOUBLE AS good,
            count(*) FILTER (WHERE quality_flags & 2 <> 0)::DOUBLE AS questionable,
            count(*) FILTER (WHERE quality_flags & 4 <> 0)::DOUBLE AS substituted,
            count(*) FILTER (WHERE quality_flags & 8 <> 0)::DOUBLE AS annotated,
            count(value_state)::DOUBLE AS states,
            count(*) FILTER (WHERE value_state IS NULL AND quality_flags & 6 = 6)::DOUBLE AS q_and_s,
            count(*) FILTER (WHERE value_state IS NULL AND quality_flags & 6 = 2)::DOUBLE AS q_only,
            count(*) FILTER (WHERE value_state IS NULL AND quality_flags & 6 = 4)::DOUBLE AS s_only,
            count(*) FILTER (WHERE value_state IS NULL AND quality_flags & 7 = 1)::DOUBLE AS good_unflagged
     FROM bronze.pi_timeseries_raw SEMI JOIN scoped USING (tag_key)`,
    [input.webId ?? null, input.sourceKey],
  );
  const counts: QualityFlags = { good: r.good, questionable: r.questionable, substituted: r.substituted, annotated: r.annotated, states: r.states };
  const classes: QualityClasses = {
    states: r.states,
    questionableAndSubstituted: r.q_and_s,
    questionableOnly: r.q_only,
    substitutedOnly: r.s_only,
    goodUnflagged: r.good_unflagged,
    // The remainder by construction: the classes above cover every other combination of bits.
    otherNotGood: r.total - r.states - r.q_and_s - r.q_only - r.s_only - r.good_unflagged,
  };
  return {
    total: r.total,
    counts,
    percent: percentOf(counts, r.total),
    exclusive: { counts: classes, percent: percentOf(classes, r.total) },
  };
}
