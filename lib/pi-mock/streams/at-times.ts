/**
 * recordedattimes and interpolatedattimes (contract §4.2, §4.5): one value per repeated `time`
 * parameter, ordered by time (sortOrder Ascending by default, or Descending).
 */
import type { MockResponse } from '../http/types';
import type { HandlerContext } from '../router/types';
import { interpolatedAt } from './interpolated';
import { valuesResponse, type StreamTarget } from './respond';
import { recordedAt, RETRIEVAL_MODES } from './single-value';
import { enumParam, timesParam } from './stream-params';

function sortedTimes(ctx: HandlerContext, nowMs: number): number[] {
  const times = timesParam(ctx.req.query, 'time', nowMs);
  const order = enumParam(ctx.req.query, 'sortOrder', ['Ascending', 'Descending'] as const, 'Ascending');
  return times.sort((a, b) => (order === 'Ascending' ? a - b : b - a));
}

export function recordedAtTimesEndpoint(ctx: HandlerContext, target: StreamTarget): MockResponse {
  const nowMs = ctx.world.nowMs();
  const times = sortedTimes(ctx, nowMs);
  const mode = enumParam(ctx.req.query, 'retrievalMode', RETRIEVAL_MODES, 'Auto');
  return valuesResponse(ctx, target, (w, enc, source) => {
    times.forEach((t, i) => {
      if (i > 0) w.comma();
      enc.write(w, recordedAt(ctx.world, nowMs, source, t, mode));
    });
  });
}

export function interpolatedAtTimesEndpoint(ctx: HandlerContext, target: StreamTarget): MockResponse {
  const nowMs = ctx.world.nowMs();
  const times = sortedTimes(ctx, nowMs);
  return valuesResponse(ctx, target, (w, enc, source) => {
    interpolatedAt(ctx.world, nowMs, source, times).forEach((pv, i) => {
      if (i > 0) w.comma();
      enc.write(w, pv);
    });
  });
}
