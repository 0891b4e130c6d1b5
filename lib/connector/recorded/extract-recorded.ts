/**
 * Runs one recorded-value strategy over tag jobs that arrive slice by slice and lands every
 * completed stream in its sink as it goes. Returns what was measured: requests, bytes, values,
 * retries, failures. Memory is bounded by the strategy's requests in flight and the landing
 * queue, not by the number of jobs: a slice is pulled only when a worker needs its next job.
 */
import { performance } from 'node:perf_hooks';
import type { LandingSink } from '../../landing';
import { describeConnectorError } from '../errors';
import type { PiClient } from '../http';
import { extractBatch } from './batch';
import { LandingQueue } from './landing-queue';
import { extractSequential } from './sequential';
import { StrategyContext } from './strategy-context';
import { extractStreamSets } from './streamsets';
import type { ExtractionMode, FailedTag, RecordedOptions, StrategyProgress, TagJob } from './types';

export interface RecordedRunReport {
  mode: ExtractionMode;
  tags: number;
  /** Jobs read whole and landed. */
  tagsDone: number;
  /** Tags all of whose jobs were read whole and landed. */
  tagsLanded: number;
  points: number;
  httpRequests: number;
  bytes: number;
  elapsedMs: number;
  pointsPerSecond: number;
  retries: number;
  /** Bodies the byte scanner declined and JSON.parse read instead (0 on a well-formed server). */
  scanDeclined: number;
  failedTags: FailedTag[];
  /** Set when the run stopped early: 401/403 or a cancel. */
  fatal: string | null;
}

export interface RecordedRunInput {
  client: PiClient;
  sink: LandingSink;
  /** Jobs in slices; every piece of a tag is in one slice. Pulled lazily. */
  slices: AsyncIterable<readonly TagJob[]> | Iterable<readonly TagJob[]>;
  mode: ExtractionMode;
  options: RecordedOptions;
  runId: string;
  onProgress?: (progress: StrategyProgress) => void;
}

const STRATEGIES = { sequential: extractSequential, batch: extractBatch, streamsets: extractStreamSets } as const;

/** The slices' jobs one by one, each slice announced to the context before its first job is read. */
async function* jobsOf(ctx: StrategyContext, slices: RecordedRunInput['slices']): AsyncGenerator<TagJob> {
  for await (const slice of slices) {
    ctx.expect(slice);
    yield* slice;
  }
}

export async function extractRecorded(input: RecordedRunInput): Promise<RecordedRunReport> {
  const { client, sink, mode, options, runId } = input;
  const before = { requests: client.metrics.requests, bytes: client.metrics.bytes, retries: client.metrics.retries };
  const queue = new LandingQueue(async (chunk) => {
    await sink.landValues(chunk.columns, chunk.windows, runId);
  });
  const ctx = new StrategyContext(client, options, queue, input.onProgress ?? (() => {}));
  const t0 = performance.now();
  await STRATEGIES[mode](ctx, jobsOf(ctx, input.slices));
  await queue.flush();
  ctx.reportProgress();
  const elapsedMs = performance.now() - t0;
  return {
    mode,
    tags: ctx.tagsExpected,
    tagsDone: ctx.tagsDone,
    tagsLanded: ctx.tagsLanded,
    points: ctx.values,
    httpRequests: client.metrics.requests - before.requests,
    bytes: client.metrics.bytes - before.bytes,
    elapsedMs,
    pointsPerSecond: elapsedMs > 0 ? ctx.values / (elapsedMs / 1000) : 0,
    retries: client.metrics.retries - before.retries + ctx.partialRetries,
    scanDeclined: ctx.scanDeclined,
    failedTags: ctx.failed,
    fatal: ctx.fatal ? describeConnectorError(ctx.fatal) : null,
  };
}
