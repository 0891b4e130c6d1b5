/**
 * Value axes that read at every scale. A linear axis while the drawn values span at most
 * LOG_SCALE_RATIO; past it a log axis, because on a linear one the short bars shrink to a pixel or
 * two (4.3 s of streamsets beside a 20-minute sequential projection was 1-2 px of 300). Ticks
 * sit on round units a presenter says aloud (10 s, 1 min, 10 min, 1 h), chosen here rather than
 * by ECharts, whose splits land on "1.3 h" or "3.3 min".
 */
import { formatCount } from '@/lib/client';
import { formatHumanSeconds } from './human-time';

export type ValueScale = 'linear' | 'log';

/** Largest / smallest drawn value above which the axis turns logarithmic. */
export const LOG_SCALE_RATIO = 50;

/** 'log' when the positive values span more than `ratio`; zeros and gaps do not count. */
export function chooseScale(values: readonly number[], ratio = LOG_SCALE_RATIO): ValueScale {
  const positive = values.filter((v) => Number.isFinite(v) && v > 0);
  if (positive.length < 2) return 'linear';
  return Math.max(...positive) / Math.min(...positive) > ratio ? 'log' : 'linear';
}

/** The axis as chosen: its scale, its ends and the tick values (in the data's unit). */
export interface AxisPlan {
  scale: ValueScale;
  min: number;
  max: number;
  ticks: readonly number[];
}

/** Linear steps in seconds: each a whole number of a unit people name. */
const LINEAR_TIME_STEPS = [0.1, 0.2, 0.5, 1, 2, 5, 10, 15, 30, 60, 120, 300, 600, 900, 1800, 3600, 7200, 14_400, 28_800, 43_200, 86_400, 172_800] as const;
/** Candidate ends of a log time axis: the round durations between 1 ms and a week. */
const LOG_TIME_ENDS = [0.001, 0.002, 0.005, 0.01, 0.02, 0.05, 0.1, 0.2, 0.5, 1, 2, 5, 10, 20, 30, 60, 120, 300, 600, 1800, 3600, 7200, 21_600, 43_200, 86_400, 172_800, 604_800] as const;
/** Ticks inside a log time axis: about one per decade, each a unit's round figure. */
const LOG_TIME_TICKS = [0.001, 0.01, 0.1, 1, 10, 60, 600, 3600, 36_000, 86_400, 604_800] as const;
/**
 * Ticks are kept at least this many decades apart, and at most about seven over the axis, so
 * "10 min" and "30 min" never touch on a 450 px plot (a half-width card at 1366 px).
 */
const MIN_TICK_DECADES = 0.45;
const MAX_LOG_TICKS = 7;

/** The smallest linear step that splits [0, maxValue] into at most `maxTicks` intervals. */
export function linearStep(maxValue: number, steps: readonly number[], maxTicks: number): number {
  if (!(maxValue > 0)) return steps[0] ?? 1;
  return steps.find((step) => maxValue / step <= maxTicks) ?? Math.ceil(maxValue / maxTicks);
}

function linearPlan(maxValue: number, steps: readonly number[], maxTicks: number): AxisPlan {
  const step = linearStep(maxValue, steps, maxTicks);
  const max = Math.max(step, Math.ceil(maxValue / step - 1e-9) * step);
  const ticks: number[] = [];
  // Multiply, never accumulate: 0.1 + 0.2 must stay 0.3 for the label.
  for (let i = 0; i * step <= max + 1e-9; i++) ticks.push(Number((i * step).toPrecision(12)));
  return { scale: 'linear', min: 0, max, ticks };
}

/**
 * Ticks of a log axis: both ends, every mark (e.g. the SLA) inside them, then the candidates that
 * keep MIN_TICK_DECADES from all of those and from each other.
 */
function logTicks(min: number, max: number, candidates: readonly number[], marks: readonly number[]): number[] {
  const kept = [min, max, ...marks.filter((m) => m > min && m < max)];
  const spacing = Math.max(MIN_TICK_DECADES, Math.log10(max / min) / MAX_LOG_TICKS);
  const clear = (t: number) => kept.every((k) => Math.abs(Math.log10(t / k)) >= spacing);
  for (const t of candidates) if (t > min && t < max && clear(t)) kept.push(t);
  return [...new Set(kept)].sort((a, b) => a - b);
}

/** Marks join a linear axis's ticks; a regular tick closer than 40 % of a step to one gives way. */
function withLinearMarks(plan: AxisPlan, marks: readonly number[]): AxisPlan {
  const inside = marks.filter((m) => m > plan.min && m < plan.max);
  if (inside.length === 0) return plan;
  const step = (plan.ticks[1] ?? plan.max) - (plan.ticks[0] ?? 0);
  const regular = plan.ticks.filter((t) => t === plan.min || t === plan.max || inside.every((m) => Math.abs(t - m) >= 0.4 * step));
  return { ...plan, ticks: [...new Set([...regular, ...inside])].sort((a, b) => a - b) };
}

/** The shortest bar's least share of a log axis: ~90 px of the ~450 px plot a half-width card has at 1366 px. */
const SHORTEST_BAR_SHARE = 0.2;

/**
 * The start of a log axis: the largest round floor at most half the smallest value that leaves
 * its bar SHORTEST_BAR_SHARE of the axis, going no lower than a twentieth of it.
 */
function logFloor(smallest: number, max: number, floors: readonly number[]): number {
  const below = [...floors].reverse().filter((f) => f <= smallest / 2);
  const share = (floor: number) => Math.log(smallest / floor) / Math.log(max / floor);
  return below.find((f) => share(f) >= SHORTEST_BAR_SHARE || f <= smallest / 20) ?? below[below.length - 1] ?? smallest / 2;
}

function roundUp(value: number, ends: readonly number[]): number {
  return ends.find((e) => e >= value) ?? value;
}

interface PlanOptions {
  /** Values the axis must reach besides the data, each also a labelled tick (e.g. the SLA). */
  include?: readonly number[];
  /** Room past the largest value, as a factor (1.1: 10 % more). */
  headroom?: number;
  maxTicks?: number;
}

/**
 * A duration axis in seconds over `values` (bars start at the axis minimum). On a log axis the
 * minimum is a round unit at most half the smallest value, so the shortest bar keeps at least
 * log10(2) of a decade: tens of pixels, never a hairline.
 */
export function timeAxisPlan(values: readonly number[], options: PlanOptions = {}): AxisPlan {
  const { include = [], headroom = 1.1, maxTicks = 6 } = options;
  const all = [...values, ...include].filter((v) => Number.isFinite(v) && v > 0);
  const largest = Math.max(0, ...all);
  if (chooseScale(all) === 'linear') return withLinearMarks(linearPlan(largest * headroom, LINEAR_TIME_STEPS, maxTicks), include);
  const max = roundUp(largest * headroom, LOG_TIME_ENDS);
  const min = logFloor(Math.min(...all), max, LOG_TIME_ENDS);
  return { scale: 'log', min, max, ticks: logTicks(min, max, LOG_TIME_TICKS, include) };
}

/** Round floors of a log count axis: 1-2-5 steps, a half below 1 so a count of 1 still draws. */
const LOG_COUNT_FLOORS = [0.5, 1, 2, 5, 10, 20, 50, 100, 200, 500, 1_000, 2_000, 5_000, 10_000, 20_000, 50_000, 100_000] as const;

/**
 * A count axis (requests, frames, elements). A log one starts at a round figure at most half the
 * smallest count, so the smallest bar keeps a visible length; its ticks are the powers of ten.
 */
export function countAxisPlan(values: readonly number[], options: PlanOptions = {}): AxisPlan {
  const { include = [], headroom = 1.1, maxTicks = 5 } = options;
  const all = [...values, ...include].filter((v) => Number.isFinite(v) && v > 0);
  const largest = Math.max(1, ...all);
  if (chooseScale(all) === 'linear') {
    const magnitude = 10 ** Math.floor(Math.log10(Math.max(1, largest * headroom)));
    const steps = [1, 2, 5, 10, 20, 50].map((m) => m * Math.max(1, magnitude / 10));
    return withLinearMarks(linearPlan(largest * headroom, steps, maxTicks), include);
  }
  const max = 10 ** Math.ceil(Math.log10(largest * headroom));
  const min = logFloor(Math.min(...all), max, LOG_COUNT_FLOORS);
  const ticks: number[] = [];
  for (let t = 1; t <= max; t *= 10) if (t >= min) ticks.push(t);
  return { scale: 'log', min, max, ticks };
}

/** Where `value` sits along the axis: 0 at its minimum, 1 at its maximum, in the axis's own scale. */
export function axisFraction(plan: AxisPlan, value: number): number {
  const v = Math.min(plan.max, Math.max(plan.min, value));
  if (plan.scale === 'log') return Math.log(v / plan.min) / Math.log(plan.max / plan.min);
  return plan.max === plan.min ? 0 : (v - plan.min) / (plan.max - plan.min);
}

/** The ECharts value-axis option for a plan: its type, ends and exactly its ticks, labelled by `format`. */
export function valueAxisOption(plan: AxisPlan, format: (value: number) => string) {
  const ticks = [...plan.ticks];
  return {
    type: plan.scale === 'log' ? ('log' as const) : ('value' as const),
    ...(plan.scale === 'log' ? { logBase: 10 } : {}),
    min: plan.min,
    max: plan.max,
    // Bars grow from here. A log axis would otherwise start them at 1, so a 0.3 s bar would point left.
    startValue: plan.min,
    axisTick: { show: true, customValues: ticks },
    axisLabel: { customValues: ticks, formatter: (value: number) => format(value), hideOverlap: true },
    minorTick: { show: false },
    minorSplitLine: { show: false },
  };
}

/** A duration axis option, its ticks in human units. */
export function timeAxisOption(plan: AxisPlan) {
  return valueAxisOption(plan, formatHumanSeconds);
}

/** A count axis option: 1,000 not 1000. */
export function countAxisOption(plan: AxisPlan) {
  return valueAxisOption(plan, formatCount);
}

/** "log scale" for an axis name or a subtitle, or nothing for a linear axis. */
export function scaleNote(plan: AxisPlan): string {
  return plan.scale === 'log' ? 'log scale' : '';
}
