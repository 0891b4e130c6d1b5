/**
 * Median and spread over a run's repeats. The median is the lower median (for an even count, the
 * lower of the two middle values), so it is always a figure one repeat measured, never a blend of
 * two. Pure: safe in the browser.
 */
import { wholeSetTime } from './projection-rule';
import type { ExtractionModeName, RepeatFigures } from '../api-contract';
import { timingOfSummary } from './speedup';

export interface Spread {
  median: number;
  min: number;
  max: number;
  /** Repeats the figure rests on. */
  count: number;
}

function lowerMedianPosition(count: number): number {
  return Math.floor((count - 1) / 2);
}

/** Null for no values. */
export function spreadOf(values: readonly number[]): Spread | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const median = sorted[lowerMedianPosition(sorted.length)] ?? Number.NaN;
  return { median, min: sorted[0] ?? median, max: sorted.at(-1) ?? median, count: sorted.length };
}

/** A figure over the repeats, and whether any repeat's value in it was a projection. */
export interface RepeatSpread {
  spread: Spread;
  isProjection: boolean;
}

/** Over the repeats that have a speed-up. */
export function speedupSpread(repeats: readonly RepeatFigures[]): RepeatSpread | null {
  const withSpeedup = repeats.filter((r) => r.speedup !== null);
  const spread = spreadOf(withSpeedup.map((r) => r.speedup ?? 0));
  return spread ? { spread, isProjection: withSpeedup.some((r) => r.speedupIsProjection) } : null;
}

/** A mode's whole-set time over the repeats that ran it (measured, or projected where time-boxed). */
export function modeTimeSpread(repeats: readonly RepeatFigures[], mode: ExtractionModeName): RepeatSpread | null {
  const times = repeats.flatMap((r) => {
    const summary = r.modes.find((m) => m.mode === mode);
    const time = summary ? wholeSetTime(timingOfSummary(summary)) : null;
    return time && time.kind !== 'pending' ? [time] : [];
  });
  const spread = spreadOf(times.map((t) => t.ms));
  return spread ? { spread, isProjection: times.some((t) => t.kind === 'projected') } : null;
}

/**
 * The repeat whose speed-up is the (lower) median; without speed-ups, the one whose first mode's
 * time is. 0 for a single repeat or none.
 */
export function medianRepeatIndex(repeats: readonly RepeatFigures[]): number {
  const keyed = repeats.flatMap((r, index) => {
    if (r.speedup !== null) return [{ index, key: r.speedup }];
    return [];
  });
  const candidates =
    keyed.length > 0
      ? keyed
      : repeats.flatMap((r, index) => {
          const first = r.modes[0];
          return first ? [{ index, key: first.elapsedMs }] : [];
        });
  if (candidates.length === 0) return 0;
  const sorted = [...candidates].sort((a, b) => a.key - b.key || a.index - b.index);
  return sorted[lowerMedianPosition(sorted.length)]?.index ?? 0;
}
