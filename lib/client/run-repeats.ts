/** What the Run page says about repeats: each mode's median time and spread over those finished. */
import { modeTimeSpread, type RepeatSpread } from '../runs/repeat-stats';
import type { ExtractionModeName, RepeatFigures } from '../api-contract';

export type { RepeatSpread };

/** Null until two repeats have a time for the mode: one draw has no spread. */
export function modeRepeatSpread(repeats: readonly RepeatFigures[], mode: ExtractionModeName): RepeatSpread | null {
  const over = modeTimeSpread(repeats, mode);
  return over && over.spread.count >= 2 ? over : null;
}
