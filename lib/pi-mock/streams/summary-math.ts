/**
 * Summary calculations over one interval (contract §4.4; AVEVA "Summary Type", "Calculation
 * Basis"). Only good numeric values count (questionable and substituted ones are Good too); a
 * summary that cannot be computed is the system state `Calc Failed` with Good false.
 *
 * EventWeighted: every event weighs the same; Total is their sum; StdDev needs two events.
 * TimeWeighted: the values as a polyline (PI points are not stepped) including the interpolated
 * values at both ends; a segment counts as good time only when both its ends are good numbers.
 * Total assumes a per-day rate (integral in value x days); Count is the good time in seconds;
 * PercentGood is the good share of the interval's time (TimeWeighted) or events (EventWeighted).
 * Minimum and Maximum carry the time they occurred at; every other type the interval's start.
 */
import { STATE_CALC_FAILED } from '../signal/quality';
import type { PointValue } from '../render/point-value';

export const SUMMARY_TYPES = [
  'Total',
  'Average',
  'Minimum',
  'Maximum',
  'Range',
  'StdDev',
  'PopulationStdDev',
  'Count',
  'PercentGood',
] as const;
export type SummaryType = (typeof SUMMARY_TYPES)[number];
export type CalculationBasis = 'TimeWeighted' | 'EventWeighted';

const DAY_MS = 86_400_000;

interface Extremes {
  min: PointValue | null;
  max: PointValue | null;
}

/** Digital states, and static strings or booleans, do not enter a numeric summary. */
function isGood(p: PointValue): p is PointValue & { value: number } {
  return typeof p.value === 'number';
}

function extremes(points: readonly PointValue[]): Extremes {
  let min: PointValue | null = null;
  let max: PointValue | null = null;
  for (const p of points) {
    if (!isGood(p)) continue;
    if (min === null || p.value < (min.value as number)) min = p;
    if (max === null || p.value > (max.value as number)) max = p;
  }
  return { min, max };
}

function failed(timeMs: number): PointValue {
  return { timeMs, value: STATE_CALC_FAILED, flags: 0 };
}

function num(timeMs: number, value: number | null): PointValue {
  return value === null || !Number.isFinite(value) ? failed(timeMs) : { timeMs, value, flags: 0 };
}

/** Values per type for whatever the basis measured. */
interface Stats {
  total: number | null;
  average: number | null;
  populationStdDev: number | null;
  stdDev: number | null;
  count: number;
  percentGood: number | null;
  extremes: Extremes;
}

function pick(type: SummaryType, stats: Stats, atMs: number): PointValue {
  const { min, max } = stats.extremes;
  switch (type) {
    case 'Total':
      return num(atMs, stats.total);
    case 'Average':
      return num(atMs, stats.average);
    case 'Minimum':
      return min ?? failed(atMs);
    case 'Maximum':
      return max ?? failed(atMs);
    case 'Range':
      return min && max ? num(atMs, (max.value as number) - (min.value as number)) : failed(atMs);
    case 'StdDev':
      return num(atMs, stats.stdDev);
    case 'PopulationStdDev':
      return num(atMs, stats.populationStdDev);
    case 'Count':
      return num(atMs, stats.count);
    case 'PercentGood':
      return num(atMs, stats.percentGood);
  }
}

/** Event-weighted summaries of `events` (already limited to the interval), stamped at atMs. */
export function eventWeighted(events: readonly PointValue[], types: readonly SummaryType[], atMs: number): PointValue[] {
  const good = events.filter(isGood);
  const n = good.length;
  let sum = 0;
  for (const p of good) sum += p.value;
  const mean = n > 0 ? sum / n : null;
  let squares = 0;
  for (const p of good) squares += (p.value - mean!) ** 2;
  const stats: Stats = {
    total: n > 0 ? sum : null,
    average: mean,
    populationStdDev: n >= 2 ? Math.sqrt(squares / n) : null,
    stdDev: n >= 2 ? Math.sqrt(squares / (n - 1)) : null,
    count: n,
    percentGood: events.length > 0 ? (100 * n) / events.length : null,
    extremes: extremes(events),
  };
  return types.map((t) => pick(t, stats, atMs));
}

/**
 * Time-weighted summaries over [loMs, hiMs] of a time-ordered polyline that starts at loMs and
 * ends at hiMs (the caller adds interpolated end values), stamped at atMs.
 */
export function timeWeighted(points: readonly PointValue[], loMs: number, hiMs: number, types: readonly SummaryType[], atMs: number): PointValue[] {
  let integral = 0;
  let goodMs = 0;
  for (let i = 1; i < points.length; i++) {
    const a = points[i - 1]!;
    const b = points[i]!;
    if (!isGood(a) || !isGood(b)) continue;
    const dt = b.timeMs - a.timeMs;
    integral += ((a.value + b.value) / 2) * dt;
    goodMs += dt;
  }
  const mean = goodMs > 0 ? integral / goodMs : null;
  let squares = 0;
  let goodPoints = 0;
  for (let i = 0; i < points.length; i++) {
    if (isGood(points[i]!)) goodPoints++;
    if (i === 0 || mean === null) continue;
    const a = points[i - 1]!;
    const b = points[i]!;
    if (!isGood(a) || !isGood(b)) continue;
    // Exact integral of a squared linear deviation over the segment.
    const da = a.value - mean;
    const db = b.value - mean;
    squares += ((da * da + da * db + db * db) / 3) * (b.timeMs - a.timeMs);
  }
  const population = mean === null ? null : Math.sqrt(squares / goodMs);
  const spanMs = hiMs - loMs;
  const onlyPoint = points.length === 1 ? points[0]! : null;
  const stats: Stats = {
    total: mean === null ? null : integral / DAY_MS,
    average: mean ?? (onlyPoint && isGood(onlyPoint) ? onlyPoint.value : null),
    populationStdDev: population,
    // Sample correction by the number of good points, as an event-weighted StdDev would apply it.
    stdDev: population !== null && goodPoints >= 2 ? population * Math.sqrt(goodPoints / (goodPoints - 1)) : null,
    count: goodMs / 1000,
    percentGood: spanMs > 0 ? (100 * goodMs) / spanMs : onlyPoint ? (isGood(onlyPoint) ? 100 : 0) : null,
    extremes: extremes(points),
  };
  return types.map((t) => pick(t, stats, atMs));
}
