/**
 * When a mode's rate may be turned into a whole-set time, and that time. One rule for the live
 * page, a time-boxed summary and the speed-up, so a projection never appears on one and not the
 * other. Pure: safe in the browser.
 *
 * "Enough" comes from replaying recorded runs (lib/runs/fixtures, projection-stability.test.ts):
 * the first tags of a mode are cheaper or dearer than the rest (JIT, connection set-up, retries
 * after the first faults, partitions starting one after another), so a projection resting on a
 * handful of tags or a fraction of a second swung 50x. From PROJECTION_MIN_TAGS tags and
 * PROJECTION_MIN_MS of the mode's own clock on, every recorded projection stayed within
 * PROJECTION_MAX_FACTOR of the final figure.
 */
import type { ExtractionModeName } from '../api-contract';

export const PROJECTION_MIN_TAGS = 50;
export const PROJECTION_MIN_MS = 2_000;
/** The most a shown projection moved from its first appearance to the final figure, as tested. */
export const PROJECTION_MAX_FACTOR = 2;

/** A mode's progress as far as time goes: what every projection rests on. */
export interface ModeTiming {
  mode: ExtractionModeName;
  tagsTotal: number;
  /** Tags read so far, landed or failed after retries: both took their time. */
  tagsRead: number;
  /** On the mode's own clock: from its first value request. */
  elapsedMs: number;
  /** The mode read its whole tag set, so elapsedMs is its measured time. */
  complete: boolean;
}

export type WholeSetTime =
  | { kind: 'measured'; ms: number }
  | { kind: 'projected'; ms: number; basisTags: number; totalTags: number; basisMs: number }
  /** Not enough measured yet: the figures a placeholder may say (they are measured). */
  | { kind: 'pending'; basisTags: number; totalTags: number; basisMs: number };

/** True once a rate rests on enough tags and time to stand for the whole set. */
export function projectionReady(tagsRead: number, elapsedMs: number): boolean {
  return tagsRead >= PROJECTION_MIN_TAGS && elapsedMs >= PROJECTION_MIN_MS;
}

/** The rule in words, for the placeholder that stands where a projection will be. */
export function projectionRuleText(): string {
  return `a projection appears once ${PROJECTION_MIN_TAGS} tags and ${PROJECTION_MIN_MS / 1000} s of the mode are measured`;
}

/** The whole set's time: measured when the mode read it all, else projected at its rate once that is ready. */
export function wholeSetTime(timing: ModeTiming): WholeSetTime | null {
  if (timing.complete) return timing.elapsedMs > 0 ? { kind: 'measured', ms: timing.elapsedMs } : null;
  if (timing.tagsTotal <= 0) return null;
  const basis = { basisTags: timing.tagsRead, totalTags: timing.tagsTotal, basisMs: timing.elapsedMs };
  if (!projectionReady(timing.tagsRead, timing.elapsedMs)) return { kind: 'pending', ...basis };
  return { kind: 'projected', ms: (timing.elapsedMs * timing.tagsTotal) / timing.tagsRead, ...basis };
}
