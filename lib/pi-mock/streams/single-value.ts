/**
 * One value per stream (contract §4.5): value (`time` optional: without it the snapshot, i.e. the
 * latest event at or before now; event-frame attributes of a finished frame answer at its end),
 * end (the last recorded event), recordedattime (`time` required; retrievalMode Auto = AtOrBefore,
 * Before, AtOrAfter, After, Exact). Where a mode finds no event (after now, or Exact off the grid)
 * the answer is 200 with the system state `No Data` (248) and Good false at the requested time,
 * the way PI reports a missing value inside a value, rather than a 404 for the whole stream.
 * At a doubled timestamp the "at or before" modes take the later value, "at or after" the earlier.
 */
import type { MockResponse } from '../http/types';
import type { PointValue } from '../render/point-value';
import { FLAG_BAD, STATE_NO_DATA } from '../signal/quality';
import type { HandlerContext } from '../router/types';
import type { StreamSource } from '../stream-source';
import type { MockWorld } from '../world';
import { valueResponse, valuesResponse, type StreamTarget } from './respond';
import { TagSeries } from './series';
import { staticPoint } from './static-point';
import { enumParam, requiredError, timeParam } from './stream-params';

export const RETRIEVAL_MODES = ['Auto', 'AtOrBefore', 'Before', 'AtOrAfter', 'After', 'Exact'] as const;
export type RetrievalMode = (typeof RETRIEVAL_MODES)[number];

function noData(timeMs: number): PointValue {
  return { timeMs, value: STATE_NO_DATA, flags: FLAG_BAD };
}

/** `/value`: at timeMs (interpolated), or the stream's own "current" value without it. */
export function valueAt(world: MockWorld, nowMs: number, source: StreamSource, timeMs: number | undefined): PointValue {
  if (source.tagIndex === null) return staticPoint(source);
  const s = new TagSeries(world, source.tagIndex, nowMs);
  if (timeMs !== undefined) return s.interpolate(timeMs);
  const frameEnd = source.defaultWindow?.endMs;
  if (frameEnd !== undefined && frameEnd !== null && frameEnd < nowMs) return s.interpolate(frameEnd);
  return s.atOrBefore(nowMs);
}

/** `/end`: the last recorded value. */
export function endValue(world: MockWorld, nowMs: number, source: StreamSource): PointValue {
  if (source.tagIndex === null) return staticPoint(source);
  return new TagSeries(world, source.tagIndex, nowMs).atOrBefore(nowMs);
}

/** `/recordedattime`: the recorded value the retrieval mode picks for timeMs. */
export function recordedAt(world: MockWorld, nowMs: number, source: StreamSource, timeMs: number, mode: RetrievalMode): PointValue {
  if (source.tagIndex === null) return staticPoint(source);
  const s = new TagSeries(world, source.tagIndex, nowMs);
  switch (mode) {
    case 'Auto':
    case 'AtOrBefore':
      return s.atOrBefore(timeMs);
    case 'Before':
      return s.before(timeMs);
    case 'AtOrAfter':
      return s.atOrAfter(timeMs) ?? noData(timeMs);
    case 'After':
      return s.after(timeMs) ?? noData(timeMs);
    case 'Exact':
      return s.hasEventAt(timeMs) ? s.atOrBefore(timeMs) : noData(timeMs);
  }
}

export function valueEndpoint(ctx: HandlerContext, target: StreamTarget): MockResponse {
  const nowMs = ctx.world.nowMs();
  const { query } = ctx.req;
  const timeMs = query.get('time')?.trim() ? timeParam(query, 'time', nowMs, '*') : undefined;
  return valueResponse(ctx, target, (source) => valueAt(ctx.world, nowMs, source, timeMs));
}

/** `/streams/{id}/end` and `/streamsets/{id}/end`: one TimedValue per stream. */
export function endEndpoint(ctx: HandlerContext, target: StreamTarget): MockResponse {
  const nowMs = ctx.world.nowMs();
  return valueResponse(ctx, target, (source) => endValue(ctx.world, nowMs, source));
}

/** Ad hoc `/streamsets/end`: specified as StreamValues (an `Items` list holding the one value). */
export function endAsValuesEndpoint(ctx: HandlerContext, target: StreamTarget): MockResponse {
  const nowMs = ctx.world.nowMs();
  return valuesResponse(ctx, target, (w, enc, source) => enc.write(w, endValue(ctx.world, nowMs, source)));
}

export function recordedAtTimeEndpoint(ctx: HandlerContext, target: StreamTarget): MockResponse {
  const nowMs = ctx.world.nowMs();
  const { query } = ctx.req;
  if (!query.get('time')?.trim()) throw requiredError('time');
  const timeMs = timeParam(query, 'time', nowMs, '*');
  const mode = enumParam(query, 'retrievalMode', RETRIEVAL_MODES, 'Auto');
  return valueResponse(ctx, target, (source) => recordedAt(ctx.world, nowMs, source, timeMs, mode));
}
