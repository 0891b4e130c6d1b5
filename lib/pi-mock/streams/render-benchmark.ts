/**
 * Measures the recorded stream-set hot path alone (no HTTP, no WebID parsing): the render rate the
 * benchmark reports for DESIGN §9's target of >= 2 million values/s on one core.
 */
import { QueryParams } from '../http/query-params';
import type { HandlerContext } from '../router/types';
import { MockWorld } from '../world';
import { recordedResponse } from './recorded';
import { pointStreamSource } from './resolve-stream';
import { TagSeries } from './series';

export interface RenderBenchmarkOptions {
  tagCount: number;
  /** Window length in minutes, starting at startIso. */
  minutes: number;
  startIso?: string;
  selectedFields?: string;
  /** Repetitions; the fastest is reported (the first also warms the JIT). */
  runs?: number;
  /** Streams per request, as a connector splits a large set (default: all in one request). */
  streamsPerRequest?: number;
}

export interface RenderBenchmarkResult {
  streams: number;
  values: number;
  bytes: number;
  bestMs: number;
  valuesPerSecond: number;
}

export function benchmarkRecordedStreamSet(options: RenderBenchmarkOptions): RenderBenchmarkResult {
  const world = new MockWorld({ tagCount: options.tagCount, seed: 1 });
  const startMs = Date.parse(options.startIso ?? '2024-01-01T00:00:00Z');
  const endMs = startMs + options.minutes * 60_000 - 1;
  const search = new URLSearchParams({
    startTime: new Date(startMs).toISOString(),
    endTime: new Date(endMs).toISOString(),
    maxCount: '150000',
  });
  if (options.selectedFields !== undefined) search.set('selectedFields', options.selectedFields);
  const sources = Array.from({ length: world.catalogue.count }, (_, i) => pointStreamSource(world, i, 'Full'));
  const ctx: HandlerContext = {
    req: { method: 'GET', path: '/streamsets/recorded', query: new QueryParams(search), headers: {}, body: null, baseUrl: 'http://127.0.0.1/piwebapi' },
    params: {},
    world,
    webIdType: 'Full',
    url: (p) => 'http://127.0.0.1/piwebapi' + p,
  };
  let values = 0;
  const nowMs = world.nowMs();
  for (let i = 0; i < sources.length; i++) new TagSeries(world, i, nowMs).forEach(startMs, endMs, () => values++);
  let bestMs = Infinity;
  let bytes = 0;
  for (let run = 0; run < (options.runs ?? 3); run++) {
    const chunk = options.streamsPerRequest ?? sources.length;
    bytes = 0;
    const t0 = performance.now();
    for (let i = 0; i < sources.length; i += chunk) {
      bytes += recordedResponse(ctx, { kind: 'set', sources: sources.slice(i, i + chunk) }).body.length;
    }
    bestMs = Math.min(bestMs, performance.now() - t0);
  }
  return { streams: sources.length, values, bytes, bestMs, valuesPerSecond: (values / bestMs) * 1000 };
}
