/**
 * GET /streams/{webId}/plot and /streamsets[/{webId}]/plot (contract §4.3): the window is cut into
 * `intervals` (default 24) equal parts and each contributes its first, last, minimum and maximum
 * value and its first exceptional (digital state) value: at most five, de-duplicated, in time
 * order (descending when endTime < startTime).
 */
import { badRequest } from '../http/pi-error';
import type { MockResponse } from '../http/types';
import type { PointValue } from '../render/point-value';
import { FLAG_BAD } from '../signal/quality';
import type { HandlerContext } from '../router/types';
import { valuesResponse, type StreamTarget } from './respond';
import { TagSeries } from './series';
import { staticPoint } from './static-point';
import { positiveIntParam } from './stream-params';
import { WindowResolver } from './stream-window';

/** Grid points one plot may scan per stream: a year of 1-minute data. */
const MAX_SCANNED_POINTS = 600_000;

/** Events (k, sub) packed as k * 2 + sub, which sorts them in time order. */
type EventKey = number;

/** Plot values of one series over [lo, hi] in ascending time order. */
export function plotValues(s: TagSeries, lo: number, hi: number, intervals: number): PointValue[] {
  if (s.gridPointsBetween(lo, hi) > MAX_SCANNED_POINTS) {
    throw badRequest(`The time range holds more than ${MAX_SCANNED_POINTS} values per stream; this mock plots at most that many. Narrow startTime/endTime.`);
  }
  const width = (hi - lo) / intervals;
  const chosen: EventKey[] = [];
  let bucket = -1;
  let first = 0, last = 0, min = 0, max = 0;
  let bad: EventKey | null = null;
  let minValue = Infinity, maxValue = -Infinity;
  const flush = () => {
    if (bucket < 0) return;
    const keys = [first, last, ...(minValue <= maxValue ? [min, max] : []), ...(bad !== null ? [bad] : [])];
    chosen.push(...new Set(keys));
  };
  s.forEach(lo, hi, (k, sub) => {
    const key = k * 2 + sub;
    const b = width > 0 ? Math.min(intervals - 1, Math.floor((k * s.stepMs - lo) / width)) : 0;
    if (b !== bucket) {
      flush();
      bucket = b;
      first = key;
      bad = null;
      minValue = Infinity;
      maxValue = -Infinity;
    }
    last = key;
    const tSec = k * s.stepSec;
    if (s.signal.flags(tSec, sub) === FLAG_BAD) {
      bad ??= key;
      return;
    }
    const v = s.signal.value(tSec, sub);
    if (v < minValue) [minValue, min] = [v, key];
    if (v > maxValue) [maxValue, max] = [v, key];
  });
  flush();
  chosen.sort((a, b) => a - b);
  return chosen.map((key) => {
    const k = Math.floor(key / 2);
    return s.point(k, key - 2 * k);
  });
}

export function plotResponse(ctx: HandlerContext, target: StreamTarget): MockResponse {
  const { query } = ctx.req;
  const nowMs = ctx.world.nowMs();
  const windows = new WindowResolver(query, nowMs);
  const intervals = positiveIntParam(query, 'intervals', 24);
  return valuesResponse(ctx, target, (w, enc, source) => {
    const { startMs, endMs } = windows.resolve(source);
    let values: PointValue[];
    if (source.tagIndex === null) values = [staticPoint(source)];
    else {
      const s = new TagSeries(ctx.world, source.tagIndex, nowMs);
      values = plotValues(s, Math.min(startMs, endMs), Math.max(startMs, endMs), intervals);
      if (endMs < startMs) values.reverse();
    }
    values.forEach((pv, i) => {
      if (i > 0) w.comma();
      enc.write(w, pv);
    });
  });
}
