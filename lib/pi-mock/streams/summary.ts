/**
 * GET /streams/{webId}/summary and /streamsets[/{webId}]/summary (contract §4.4). summaryType is
 * repeated (default Total; All = every type), calculationBasis TimeWeighted (default) or
 * EventWeighted, optional summaryDuration splits the window into fixed intervals. Items come per
 * type in PI's enumeration order, each type's intervals in request time order.
 * EventWeighted boundary rule (AVEVA "Calculation Basis"): one interval uses events at both ends;
 * several ascending intervals include the event at each interval's start, descending ones the end.
 */
import { badRequest } from '../http/pi-error';
import type { MockResponse } from '../http/types';
import type { PointValue } from '../render/point-value';
import type { HandlerContext } from '../router/types';
import type { StreamSource } from '../stream-source';
import { summariesResponse, type StreamTarget, type SummaryItem } from './respond';
import { TagSeries } from './series';
import { staticPoint } from './static-point';
import { enumListParam, enumParam, spanParam } from './stream-params';
import { WindowResolver } from './stream-window';
import { eventWeighted, SUMMARY_TYPES, timeWeighted, type CalculationBasis, type SummaryType } from './summary-math';

/** Grid points one summary request may scan per stream: a year of 1-minute data. */
const MAX_SCANNED_POINTS = 600_000;

interface Interval {
  lo: number;
  hi: number;
  /** Timestamp of the interval's summaries: its start in request time order. */
  atMs: number;
}

function intervals(startMs: number, endMs: number, durationMs: number | null, maxItems: number): Interval[] {
  const descending = endMs < startMs;
  if (durationMs === null) return [{ lo: Math.min(startMs, endMs), hi: Math.max(startMs, endMs), atMs: startMs }];
  const count = Math.ceil(Math.abs(endMs - startMs) / durationMs) || 1;
  if (count > maxItems) {
    throw badRequest(
      `The number of summary intervals (${count}) is greater than the maximum allowed (${maxItems}): ` +
        `use a longer 'summaryDuration' or a shorter 'startTime' to 'endTime' window.`,
    );
  }
  const out: Interval[] = [];
  for (let i = 0; i < count; i++) {
    const a = descending ? startMs - i * durationMs : startMs + i * durationMs;
    const b = descending ? Math.max(endMs, a - durationMs) : Math.min(endMs, a + durationMs);
    out.push({ lo: Math.min(a, b), hi: Math.max(a, b), atMs: a });
  }
  return out;
}

function seriesPoints(s: TagSeries, lo: number, hi: number): PointValue[] {
  const points: PointValue[] = [];
  s.forEach(lo, hi, (k, sub) => points.push(s.point(k, sub)));
  return points;
}

function summarize(s: TagSeries | null, source: StreamSource, iv: Interval, types: readonly SummaryType[], basis: CalculationBasis, edge: 'both' | 'start' | 'end'): PointValue[] {
  if (basis === 'EventWeighted') {
    let events = s === null ? [staticPoint(source, iv.lo)] : seriesPoints(s, iv.lo, iv.hi);
    if (edge === 'start') events = events.filter((p) => p.timeMs < iv.hi);
    if (edge === 'end') events = events.filter((p) => p.timeMs > iv.lo);
    return eventWeighted(events, types, iv.atMs);
  }
  if (s === null) {
    const points = iv.hi > iv.lo ? [staticPoint(source, iv.lo), staticPoint(source, iv.hi)] : [staticPoint(source, iv.lo)];
    return timeWeighted(points, iv.lo, iv.hi, types, iv.atMs);
  }
  const points = seriesPoints(s, iv.lo, iv.hi);
  if (!s.hasEventAt(iv.lo)) points.unshift(s.interpolate(iv.lo));
  if (iv.hi > iv.lo && !s.hasEventAt(iv.hi)) points.push(s.interpolate(iv.hi));
  return timeWeighted(points, iv.lo, iv.hi, types, iv.atMs);
}

function unitsOf(type: SummaryType, units: string): string {
  if (type === 'Count') return '';
  if (type === 'PercentGood') return '%';
  return units;
}

export function summaryResponse(ctx: HandlerContext, target: StreamTarget): MockResponse {
  const { query } = ctx.req;
  const { world } = ctx;
  const nowMs = world.nowMs();
  const windows = new WindowResolver(query, nowMs);
  const requested = enumListParam(query, 'summaryType', [...SUMMARY_TYPES, 'All'] as const, 'Total');
  const types = SUMMARY_TYPES.filter((t) => requested.includes('All') || requested.includes(t));
  const basis = enumParam(query, 'calculationBasis', ['TimeWeighted', 'EventWeighted', 'TimeWeightedContinuous'] as const, 'TimeWeighted');
  const durationMs = query.get('summaryDuration') ? spanParam(query, 'summaryDuration', '1h') : null;
  const maxItems = world.options.maxReturnedItemsPerCall;
  return summariesResponse(ctx, target, (source) => {
    const { startMs, endMs } = windows.resolve(source);
    const ivs = intervals(startMs, endMs, durationMs, maxItems);
    const s = source.tagIndex === null ? null : new TagSeries(world, source.tagIndex, nowMs);
    if (s !== null && s.gridPointsBetween(Math.min(startMs, endMs), Math.max(startMs, endMs)) > MAX_SCANNED_POINTS) {
      throw badRequest(`The time range holds more than ${MAX_SCANNED_POINTS} values per stream; this mock summarizes at most that many. Narrow startTime/endTime.`);
    }
    const edge = ivs.length === 1 ? 'both' : endMs < startMs ? 'end' : 'start';
    // TimeWeightedContinuous equals TimeWeighted here: the mock's points are not stepped.
    const calc: CalculationBasis = basis === 'EventWeighted' ? 'EventWeighted' : 'TimeWeighted';
    const perInterval = ivs.map((iv) => summarize(s, source, iv, types, calc, edge));
    const items: SummaryItem[] = [];
    types.forEach((type, t) => {
      for (const values of perInterval) items.push({ type, value: values[t]!, units: unitsOf(type, source.units) });
    });
    return items;
  });
}
