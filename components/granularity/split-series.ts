/**
 * Splits a columnar tag series into what the chart draws: the value line and one set of marks per
 * PI quality flag. A system state (e.g. "I/O Timeout") has no value, so its mark sits at the last
 * value before it (or the first after), where the line breaks.
 */
import type { TagSeriesResult } from '@/lib/api-contract';

const QUESTIONABLE = 2;
const SUBSTITUTED = 4;

export type Point = [tsMs: number, value: number];
export interface StatePoint {
  value: Point;
  /** The state's name, shown in the tooltip. */
  name: string;
}

export interface SplitSeries {
  /** Null values break the line where a state stands. */
  line: [tsMs: number, value: number | null][];
  questionable: Point[];
  substituted: Point[];
  states: StatePoint[];
}

export function splitSeries(series: Pick<TagSeriesResult, 'tsMs' | 'value' | 'state' | 'flags'>): SplitSeries {
  const out: SplitSeries = { line: [], questionable: [], substituted: [], states: [] };
  const firstValue = series.value.find((v): v is number => v !== null) ?? 0;
  let lastValue: number | null = null;
  series.tsMs.forEach((ts, i) => {
    const value = series.value[i] ?? null;
    const flags = series.flags[i] ?? 0;
    const state = series.state[i] ?? null;
    out.line.push([ts, value]);
    if (value !== null) {
      lastValue = value;
      if (flags & QUESTIONABLE) out.questionable.push([ts, value]);
      if (flags & SUBSTITUTED) out.substituted.push([ts, value]);
    }
    if (state !== null) out.states.push({ value: [ts, lastValue ?? firstValue], name: state });
  });
  return out;
}
