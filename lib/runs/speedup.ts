/**
 * The speed-up, written once: sequential's whole-set time (measured, or projected once the rule in
 * projection-rule.ts allows) over the measured time of batch (streamsets when there was no batch).
 * The server's figures and the live Run page both call it. Pure: safe in the browser.
 */
import { wholeSetTime, type ModeTiming, type WholeSetTime } from './projection-rule';
import type { ExtractionModeName, ModeSummary } from '../api-contract';

export type Speedup =
  | {
      kind: 'ready';
      /** Sequential time over the fast mode's time. */
      factor: number;
      isProjection: boolean;
      sequential: Extract<WholeSetTime, { kind: 'measured' | 'projected' }>;
      fast: { mode: ExtractionModeName; ms: number };
    }
  /** Both sides are there but sequential has not measured enough to project from. */
  | { kind: 'pending'; sequential: Extract<WholeSetTime, { kind: 'pending' }>; fast: { mode: ExtractionModeName; ms: number } };

/** A finished mode's timing: a time box leaves it incomplete, so its time is projected by the rule. */
export function timingOfSummary(summary: ModeSummary): ModeTiming {
  return {
    mode: summary.mode,
    tagsTotal: summary.tagsTotal,
    tagsRead: summary.tagsLanded + summary.tagsFailed,
    elapsedMs: summary.elapsedMs,
    complete: !summary.timeBoxed,
  };
}

/** Null without a sequential mode and a finished batch (or streamsets) mode to compare it with. */
export function speedupOf(modes: readonly ModeTiming[]): Speedup | null {
  const sequential = modes.find((m) => m.mode === 'sequential');
  const fast = modes.find((m) => m.mode === 'batch') ?? modes.find((m) => m.mode === 'streamsets');
  if (!sequential || !fast || !fast.complete || fast.elapsedMs <= 0 || fast.tagsRead <= 0) return null;
  const fastTime = { mode: fast.mode, ms: fast.elapsedMs };
  const time = wholeSetTime(sequential);
  if (time === null || (time.kind !== 'pending' && time.ms <= 0)) return null;
  if (time.kind === 'pending') return { kind: 'pending', sequential: time, fast: fastTime };
  return { kind: 'ready', factor: time.ms / fast.elapsedMs, isProjection: time.kind === 'projected', sequential: time, fast: fastTime };
}
