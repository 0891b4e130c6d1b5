/**
 * Matches a name against a parsed wildcard pattern without backtracking beyond the last `*`: the
 * classic greedy two-pointer glob match. Every token other than `*` consumes exactly one unit, so
 * when a later `*` is reached, earlier ones never need another try. Each step either advances
 * the pattern or moves the last star's start one unit on, hence at most (n + 1) x (m + 1) steps
 * for a name of n units and m tokens, linear in practice.
 */
import { canonicalUnit, unitsFoldingTo } from './case-fold';
import { STAR, ANY, type WildcardPattern, type WildcardSet } from './parse-wildcard';

/** Counts loop steps, so tests can hold the matcher to its bound without a clock. */
export interface StepMeter {
  steps: number;
}

function inSet(set: WildcardSet, canonical: number): boolean {
  if (set.singles.has(canonical)) return true;
  if (set.ranges.length === 0) return false;
  const units = unitsFoldingTo(canonical);
  return set.ranges.some(([low, high]) => units.some((u) => u >= low && u <= high));
}

function matchesUnit(pattern: WildcardPattern, t: number, unit: number): boolean {
  const code = pattern.codes[t] ?? STAR;
  if (code >= 0) return code === (unit < 128 ? (unit >= 97 && unit <= 122 ? unit - 32 : unit) : canonicalUnit(unit));
  if (code === ANY) return true;
  if (code === STAR) return false;
  const set = pattern.sets[-code - 3];
  return set !== undefined && inSet(set, canonicalUnit(unit)) !== set.negate;
}

export function matchWildcard(pattern: WildcardPattern, name: string, meter?: StepMeter): boolean {
  const { codes } = pattern;
  const m = codes.length;
  let t = 0;
  let i = 0;
  // Where the last `*` sits in the pattern (-1: none yet) and the name unit its run would end at.
  let starToken = -1;
  let starRunEnd = 0;
  while (i < name.length) {
    if (meter) meter.steps++;
    if (t < m && codes[t] === STAR) {
      starToken = t++;
      starRunEnd = i;
    } else if (t < m && matchesUnit(pattern, t, name.charCodeAt(i))) {
      t++;
      i++;
    } else if (starToken >= 0) {
      // Let the last star swallow one more unit and retry what follows it.
      t = starToken + 1;
      i = ++starRunEnd;
    } else {
      return false;
    }
  }
  while (t < m && codes[t] === STAR) t++;
  return t === m;
}
