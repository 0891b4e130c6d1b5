/**
 * Recorded values (contract §4.1, §5): the grid events in the window, in descending time order
 * when endTime < startTime, silently truncated at maxCount (per stream in sets). boundaryType
 * Inside keeps what lies in [start, end]; Outside adds the nearest event outside each end;
 * Interpolated adds a value interpolated at each end that has no event exactly there. Events
 * sharing a timestamp keep the order sub 0, sub 1 in both directions, so paging by time with any
 * maxCount loses and repeats nothing.
 *
 * This is the hot path of a bulk extraction (DESIGN §9): values are written from cached pieces
 * straight into the response buffer, with no object per value.
 */
import type { MockResponse } from '../http/types';
import { parseMaxCount } from '../http/paging-params';
import type { ByteWriter } from '../render/byte-writer';
import type { PointValue } from '../render/point-value';
import type { TimedValueEncoder } from '../render/timed-value-encoder';
import * as qualities from '../signal/quality';
import type { HandlerContext } from '../router/types';
import type { StreamSource } from '../stream-source';
import type { MockWorld } from '../world';
import { valuesResponse, type StreamTarget } from './respond';
import { TagSeries } from './series';
import { staticPoint } from './static-point';
import { enumParam } from './stream-params';
import { WindowResolver, type TimeWindow } from './stream-window';

// Imports bound to locals: a hot path (lib/hot-paths.md).
const { FLAG_BAD } = qualities;

export const BOUNDARY_TYPES = ['Inside', 'Outside', 'Interpolated'] as const;
export type BoundaryType = (typeof BOUNDARY_TYPES)[number];

export interface RecordedQuery {
  world: MockWorld;
  nowMs: number;
  boundary: BoundaryType;
  maxCount: number;
  windows: WindowResolver;
}

export function parseRecordedQuery(ctx: HandlerContext): RecordedQuery {
  const { query } = ctx.req;
  const nowMs = ctx.world.nowMs();
  return {
    world: ctx.world,
    nowMs,
    boundary: enumParam(query, 'boundaryType', BOUNDARY_TYPES, 'Inside'),
    maxCount: parseMaxCount(query, ctx.world.options.maxReturnedItemsPerCall),
    windows: new WindowResolver(query, nowMs),
  };
}

/** Writes grid events kA..kB (both inclusive; none when kA > kB) after `n` values already written; returns the new count. */
function writeGrid(w: ByteWriter, enc: TimedValueEncoder, s: TagSeries, kA: number, kB: number, descending: boolean, n: number, max: number): number {
  if (kA > kB) return n;
  enc.cover(kA, kB);
  const sig = s.signal;
  const stepSec = s.stepSec;
  const decimals = sig.decimals;
  const step = descending ? -1 : 1;
  const count = kB - kA + 1;
  for (let i = 0, k = descending ? kB : kA; i < count && n < max; i++, k += step) {
    const tSec = k * stepSec;
    const values = sig.count(tSec);
    for (let sub = 0; sub < values && n < max; sub++) {
      if (n > 0) w.comma();
      const flags = sig.flags(tSec, sub);
      if (flags === FLAG_BAD) enc.writeState(w, k, sig.state(tSec, sub));
      else enc.writeScaled(w, k, enc.keepValue ? sig.scaled(tSec, sub) : 0, decimals, flags);
      n++;
    }
  }
  return n;
}

/** The extra values boundaryType adds at the early (lo) and late (hi) end of the window. */
function boundaryValues(s: TagSeries, lo: number, hi: number, boundary: BoundaryType): [PointValue | null, PointValue | null] {
  if (boundary === 'Outside') return [s.before(lo), s.after(hi)];
  if (boundary === 'Interpolated') {
    const early = s.hasEventAt(lo) ? null : s.interpolate(lo);
    const late = s.hasEventAt(hi) || (hi === lo && early !== null) ? null : s.interpolate(hi);
    return [early, late];
  }
  return [null, null];
}

/** One stream's recorded values as comma-separated TimedValues. */
export function writeRecorded(w: ByteWriter, enc: TimedValueEncoder, q: RecordedQuery, source: StreamSource, window?: TimeWindow): void {
  if (source.tagIndex === null) {
    enc.write(w, staticPoint(source));
    return;
  }
  const { startMs, endMs } = window ?? q.windows.resolve(source);
  const s = new TagSeries(q.world, source.tagIndex, q.nowMs);
  const descending = endMs < startMs;
  const lo = descending ? endMs : startMs;
  const hi = descending ? startMs : endMs;
  const [early, late] = boundaryValues(s, lo, hi, q.boundary);
  const first = descending ? late : early;
  const last = descending ? early : late;
  let n = 0;
  if (first !== null && n < q.maxCount) {
    enc.write(w, first);
    n++;
  }
  n = writeGrid(w, enc, s, s.ceilK(lo), Math.min(s.floorK(hi), s.lastK), descending, n, q.maxCount);
  if (last !== null && n < q.maxCount) {
    if (n > 0) w.comma();
    enc.write(w, last);
  }
}

/** Bytes per full-field value (~150) plus slack; an overestimate costs address space only. */
const BYTES_PER_VALUE = 170;
const BYTES_PER_STREAM = 512;

/**
 * Response size from the first stream's window: growing a buffer of hundreds of MB by doubling
 * measured ~15 % of a 30,240-tag hour, and unused tail pages of an unsafe allocation cost no memory.
 */
function estimateBytes(q: RecordedQuery, target: StreamTarget): number {
  const sources = target.kind === 'set' ? target.sources : [target.source];
  const first = sources[0];
  if (first === undefined) return 1024;
  const { startMs, endMs } = q.windows.resolve(first);
  const stepMs = q.world.options.intervalSeconds * 1000;
  const points = Math.min(q.maxCount, Math.floor(Math.abs(endMs - startMs) / stepMs) + 3);
  return sources.length * (points * BYTES_PER_VALUE + BYTES_PER_STREAM);
}

/** GET /streams/{webId}/recorded and /streamsets[/{webId}]/recorded. */
export function recordedResponse(ctx: HandlerContext, target: StreamTarget): MockResponse {
  const q = parseRecordedQuery(ctx);
  return valuesResponse(ctx, target, (w, enc, source) => writeRecorded(w, enc, q, source), estimateBytes(q, target));
}
