/** A run's figures from its repeats' mode summaries: the speed-up is sequential time over batch time. */
import { medianRepeatIndex } from './repeat-stats';
import type { ModeSummary, RepeatFigures, RunFigures } from '../api-contract';
import { speedupOf, timingOfSummary } from './speedup';

export interface AssetCounts {
  afElements: number | null;
  eventFrames: number | null;
}

/**
 * The speed-up the figures record (speedup.ts has the rule): null without both sides, or when a
 * time-boxed sequential mode measured too little to project from.
 */
export function computeSpeedup(modes: readonly ModeSummary[]): { speedup: number | null; speedupIsProjection: boolean } {
  const speedup = speedupOf(modes.map(timingOfSummary));
  if (speedup?.kind !== 'ready') return { speedup: null, speedupIsProjection: false };
  return { speedup: speedup.factor, speedupIsProjection: speedup.isProjection };
}

export function buildRepeat(modes: readonly ModeSummary[]): RepeatFigures {
  return { modes: [...modes], ...computeSpeedup(modes) };
}

/**
 * Top-level modes and speed-up are the median repeat's (a repeat that was measured, not a blend),
 * and every repeat is kept in `repeats`.
 */
export function buildFigures(repeats: readonly RepeatFigures[], assets: AssetCounts): RunFigures {
  const median = repeats[medianRepeatIndex(repeats)] ?? { modes: [], speedup: null, speedupIsProjection: false };
  return { ...median, modes: [...median.modes], afElements: assets.afElements, eventFrames: assets.eventFrames, repeats: [...repeats] };
}
