/**
 * Upper bound on the values one stream read returns (contract §4, §5), from its parameters alone,
 * so the batch budget is judged before anything is rendered. Per stream:
 * - recorded: the grid points its window holds (up to now) plus the two boundary values, capped
 *   by maxCount. Doubled grid points (~0.2 %, signal.ts) are not counted: the bound holds to that.
 * - interpolated: one per interval step, capped by MaxReturnedItemsPerCall (past it the read is a 400).
 * - plot: five per interval, capped like recorded.
 * - summary: one per summary type and summaryDuration interval.
 * - recordedattimes, interpolatedattimes: one per `time`; value, end, recordedattime: one.
 * A stream set multiplies by its streams. A static attribute has one value whatever the window.
 */
import { parseMaxCount } from '../http/paging-params';
import type { QueryParams } from '../http/query-params';
import type { MockRequest } from '../http/types';
import type { HandlerContext } from '../router/types';
import type { StreamSource } from '../stream-source';
import { resolveStream } from '../streams/resolve-stream';
import { adHocSources, parentSources } from '../streams/stream-set-sources';
import { enumListParam, positiveIntParam, spanParam, timeParam } from '../streams/stream-params';
import { WindowResolver, type TimeWindow } from '../streams/stream-window';
import { SUMMARY_TYPES } from '../streams/summary-math';
import type { MockWorld } from '../world';

export const STREAM_READS = ['recorded', 'interpolated', 'plot', 'summary', 'value', 'end', 'recordedattime', 'recordedattimes', 'interpolatedattimes'] as const;
export type StreamRead = (typeof STREAM_READS)[number];

/** `/streams/{webId}/x`, ad hoc `/streamsets/x?webId=..`, parent-scoped `/streamsets/{webId}/x`. */
export type StreamScope = { kind: 'single'; webId: string } | { kind: 'adhoc' } | { kind: 'parent'; webId: string };

const WINDOWED: ReadonlySet<StreamRead> = new Set(['recorded', 'interpolated', 'plot', 'summary']);
/** Values plot keeps per interval: first, last, minimum, maximum and one exceptional value. */
const PLOT_VALUES_PER_INTERVAL = 5;
/** Values boundaryType may add to a recorded window: one at each end. */
const BOUNDARY_VALUES = 2;

/** Values of one stream over `window` (null for reads without a window). */
type PerStream = (window: TimeWindow | null, isStatic: boolean) => number;

const isGiven = (query: QueryParams, name: string) => (query.get(name) ?? '').trim() !== '';
const spanMs = (w: TimeWindow | null) => (w === null ? 0 : Math.abs(w.endMs - w.startMs));

function gridPoints(world: MockWorld, nowMs: number, w: TimeWindow | null): number {
  if (w === null) return 0;
  const stepMs = world.options.intervalSeconds * 1000;
  const lastK = Math.floor(nowMs / stepMs);
  const loK = Math.ceil(Math.min(w.startMs, w.endMs) / stepMs);
  const hiK = Math.min(Math.floor(Math.max(w.startMs, w.endMs) / stepMs), lastK);
  return Math.max(0, hiK - loK + 1);
}

/** Parses the read's own parameters once; throws the handler's PiRequestError on a bad one. */
function perStreamBound(world: MockWorld, nowMs: number, read: StreamRead, query: QueryParams): PerStream {
  const maxItems = world.options.maxReturnedItemsPerCall;
  switch (read) {
    case 'recorded': {
      const maxCount = parseMaxCount(query, maxItems);
      return (w, isStatic) => (isStatic ? 1 : Math.min(maxCount, gridPoints(world, nowMs, w) + BOUNDARY_VALUES));
    }
    case 'interpolated': {
      const intervalMs = spanParam(query, 'interval', '1h');
      return (w) => Math.min(maxItems, Math.floor(spanMs(w) / intervalMs) + 1);
    }
    case 'plot': {
      const intervals = positiveIntParam(query, 'intervals', 24);
      return (w, isStatic) => (isStatic ? 1 : Math.min(PLOT_VALUES_PER_INTERVAL * intervals, gridPoints(world, nowMs, w) + BOUNDARY_VALUES));
    }
    case 'summary': {
      const requested = enumListParam(query, 'summaryType', [...SUMMARY_TYPES, 'All'] as const, 'Total');
      const types = requested.includes('All') ? SUMMARY_TYPES.length : requested.length;
      const durationMs = isGiven(query, 'summaryDuration') ? spanParam(query, 'summaryDuration', '1h') : null;
      return (w) => types * (durationMs === null ? 1 : Math.min(maxItems, Math.ceil(spanMs(w) / durationMs) || 1));
    }
    case 'recordedattimes':
    case 'interpolatedattimes': {
      const times = Math.max(1, query.getAll('time').filter((t) => t.trim() !== '').length);
      return () => times;
    }
    default:
      return () => 1;
  }
}

/** startTime and endTime when both are given: then every stream of the read shares the window. */
function sharedWindow(query: QueryParams, nowMs: number): TimeWindow | null {
  if (!isGiven(query, 'startTime') || !isGiven(query, 'endTime')) return null;
  const startMs = timeParam(query, 'startTime', nowMs, '*-1d');
  return { startMs, endMs: timeParam(query, 'endTime', nowMs, '*', startMs) };
}

function contextFor(world: MockWorld, query: QueryParams, webId: string): HandlerContext {
  const req: MockRequest = { method: 'GET', path: '', query, headers: {}, body: null, baseUrl: '' };
  return { req, params: { webId }, world, webIdType: 'Full', url: (path) => path };
}

function sourcesOf(world: MockWorld, scope: StreamScope, query: QueryParams): StreamSource[] {
  if (scope.kind === 'single') return [resolveStream(world, scope.webId, 'Full')];
  const ctx = contextFor(world, query, scope.kind === 'parent' ? scope.webId : '');
  return scope.kind === 'adhoc' ? adHocSources(ctx) : parentSources(ctx);
}

function streamCount(world: MockWorld, scope: StreamScope, query: QueryParams): number {
  if (scope.kind === 'single') return 1;
  if (scope.kind === 'adhoc') return query.getAll('webId').filter((w) => w.trim() !== '').length;
  return sourcesOf(world, scope, query).length;
}

/**
 * Values per stream when every stream of the read has the same bound (a read without a window,
 * or startTime and endTime both given); null when it depends on the stream's own default window.
 */
export function sharedPerStreamBound(world: MockWorld, nowMs: number, read: StreamRead, query: QueryParams): number | null {
  const perStream = perStreamBound(world, nowMs, read, query);
  if (!WINDOWED.has(read)) return perStream(null, false);
  const shared = sharedWindow(query, nowMs);
  return shared === null ? null : perStream(shared, false);
}

/** Values the whole read may return; throws the handler's PiRequestError when it would fail anyway. */
export function streamReadBound(world: MockWorld, nowMs: number, read: StreamRead, scope: StreamScope, query: QueryParams): number {
  const shared = sharedPerStreamBound(world, nowMs, read, query);
  if (shared !== null) return streamCount(world, scope, query) * shared;
  // A default window depends on the stream (event-frame attributes take their frame's).
  const perStream = perStreamBound(world, nowMs, read, query);
  const windows = new WindowResolver(query, nowMs);
  let total = 0;
  for (const source of sourcesOf(world, scope, query)) total += perStream(windows.resolve(source), source.tagIndex === null);
  return total;
}
