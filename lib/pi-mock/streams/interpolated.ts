/**
 * GET /streams/{webId}/interpolated and /streamsets[/{webId}]/interpolated (contract §4.2): values
 * at startTime, startTime + interval, ... up to endTime (descending when endTime < startTime),
 * linear between recorded events; a digital state at a neighbouring event is returned as is.
 * interval defaults to 1h; more values than MaxReturnedItemsPerCall is a 400. syncTime is not
 * supported (intervals are anchored at startTime).
 */
import { badRequest } from '../http/pi-error';
import type { MockResponse } from '../http/types';
import type { PointValue } from '../render/point-value';
import type { HandlerContext } from '../router/types';
import type { StreamSource } from '../stream-source';
import type { MockWorld } from '../world';
import { valuesResponse, type StreamTarget } from './respond';
import { TagSeries } from './series';
import { staticPoint } from './static-point';
import { spanParam } from './stream-params';
import { WindowResolver } from './stream-window';

/** The instants of an interpolated read; throws a 400 past maxItems. */
export function intervalTimes(startMs: number, endMs: number, intervalMs: number, maxItems: number): number[] {
  const count = Math.floor(Math.abs(endMs - startMs) / intervalMs) + 1;
  if (count > maxItems) {
    throw badRequest(
      `The number of interpolated values (${count}) is greater than the maximum allowed (${maxItems}): ` +
        `use a longer 'interval' or a shorter 'startTime' to 'endTime' window.`,
    );
  }
  const sign = endMs < startMs ? -1 : 1;
  return Array.from({ length: count }, (_, i) => startMs + sign * i * intervalMs);
}

/** Value of a stream at any instant (a static attribute's value holds at every instant). */
export function interpolatedAt(world: MockWorld, nowMs: number, source: StreamSource, times: readonly number[]): PointValue[] {
  if (source.tagIndex === null) return times.map((t) => staticPoint(source, t));
  const s = new TagSeries(world, source.tagIndex, nowMs);
  return times.map((t) => s.interpolate(t));
}

export function interpolatedResponse(ctx: HandlerContext, target: StreamTarget): MockResponse {
  const { query } = ctx.req;
  const nowMs = ctx.world.nowMs();
  const windows = new WindowResolver(query, nowMs);
  const intervalMs = spanParam(query, 'interval', '1h');
  return valuesResponse(ctx, target, (w, enc, source) => {
    const { startMs, endMs } = windows.resolve(source);
    const times = intervalTimes(startMs, endMs, intervalMs, ctx.world.options.maxReturnedItemsPerCall);
    interpolatedAt(ctx.world, nowMs, source, times).forEach((pv, i) => {
      if (i > 0) w.comma();
      enc.write(w, pv);
    });
  });
}
