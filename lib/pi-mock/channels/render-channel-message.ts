/**
 * Channel messages, in the shape of a stream-set "end" answer (`{"Links":{},"Items":[{WebId, Name,
 * Path, Links, Items:[TimedValue...], UnitsAbbreviation}]}`, AVEVA "Channels"), rendered by the
 * same byte writers as `recorded`: a value through a channel is byte-for-byte the recorded one.
 */
import type { HandlerContext } from '../router/types';
import type { StreamSource } from '../stream-source';
import { writeRecorded, type RecordedQuery } from '../streams/recorded';
import { valuesResponse } from '../streams/respond';
import { endValue } from '../streams/single-value';
import { WindowResolver } from '../streams/stream-window';

/** What a poll with nothing new sends when a heartbeat is due: an update that changed no stream. */
export const HEARTBEAT_MESSAGE = Buffer.from('{"Links":{},"Items":[]}');

function bodyOf(response: { body: unknown }): Buffer {
  if (!Buffer.isBuffer(response.body)) throw new Error('channel messages are rendered whole');
  return response.body;
}

/**
 * The recorded values of grid points fromK..toK (inclusive) of every stream in `sources`, as of
 * `nowMs`. Only PI-point streams change; static attributes are never in an update.
 */
export function renderUpdate(ctx: HandlerContext, sources: readonly StreamSource[], fromK: number, toK: number, nowMs: number): Buffer {
  const stepMs = ctx.world.options.intervalSeconds * 1000;
  const window = { startMs: fromK * stepMs, endMs: toK * stepMs };
  const q: RecordedQuery = {
    world: ctx.world,
    nowMs,
    boundary: 'Inside',
    maxCount: Number.MAX_SAFE_INTEGER,
    windows: new WindowResolver(ctx.req.query, nowMs),
  };
  const response = valuesResponse(ctx, { kind: 'set', sources: [...sources] }, (w, enc, source) => writeRecorded(w, enc, q, source, window), 256 * sources.length * (toK - fromK + 1) + 1024);
  return bodyOf(response);
}

/** includeInitialValues: every stream's current value (what `end` answers), statics included. */
export function renderInitial(ctx: HandlerContext, sources: readonly StreamSource[], nowMs: number): Buffer {
  const response = valuesResponse(ctx, { kind: 'set', sources: [...sources] }, (w, enc, source) => enc.write(w, endValue(ctx.world, nowMs, source)), 256 * sources.length + 1024);
  return bodyOf(response);
}
