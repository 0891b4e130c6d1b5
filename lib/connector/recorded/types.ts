/** Shared shapes of the recorded-value strategies (sequential, batch, streamsets). */
import type { TagWindow } from '../../landing';
import type { ValueColumns } from '../values/value-columns';

export { EXTRACTION_MODES, type ExtractionMode } from '../../extraction-modes';

/**
 * One tag to read over one window: PI is asked for [startMs, endMs]; the values at an open end are
 * already landed (it touches a covered interval) and are dropped. A tag with several gaps in its
 * coverage gets one job per gap.
 */
export interface TagJob {
  key: number;
  webId: string;
  name: string;
  startMs: number;
  endMs: number;
  startOpen: boolean;
  endOpen: boolean;
  /** Where this read's coverage ends: the server time of the read when the window reaches past it. */
  coveredEndMs: number;
}

/** Jobs as a strategy takes them: pulled one at a time, so a planner may produce them as they are read. */
export type JobSource = AsyncIterable<TagJob> | Iterable<TagJob>;

export interface RecordedOptions {
  /** Tags per POST /batch or per stream-set GET. */
  batchSize: number;
  /** Requests in flight. */
  concurrency: number;
  /** Values per stream per request; never above the server's MaxReturnedItemsPerCall. */
  maxCount: number;
  /** The server's MaxReturnedItemsPerCall (150,000 unless configured otherwise). */
  maxReturnedItemsPerCall: number;
  /** Ask only for Timestamp, Value and the four quality flags (selectedFields). */
  leanFields: boolean;
}

export const DEFAULT_RECORDED_OPTIONS: RecordedOptions = {
  batchSize: 100,
  concurrency: 4,
  maxCount: 10_000,
  maxReturnedItemsPerCall: 150_000,
  leanFields: true,
};

/**
 * Values one request asks for at most, over all its streams: what bounds a body in flight whatever
 * the window (a selectedFields value is ~111 bytes of JSON, so ~5.5 MB a body). A day at 60 s in
 * batches of 100 tags was one 16 MB body per batch; in three pages the four bodies in flight hold
 * a third of that, for the same values.
 */
export const REQUEST_VALUE_BUDGET = 50_000;

/**
 * Values one stream may return in one answer of a request that carries `batchSize` streams: the
 * server's MaxReturnedItemsPerCall shared between them (it may bound the whole answer).
 */
export function valuesPerStream(options: RecordedOptions): number {
  return Math.max(1, Math.floor(options.maxReturnedItemsPerCall / options.batchSize));
}

/** maxCount of a stream's first page in a request of `batchSize` streams: within the request budget. */
export function firstPageCount(options: RecordedOptions): number {
  const budget = Math.min(REQUEST_VALUE_BUDGET, options.maxReturnedItemsPerCall);
  return Math.max(1, Math.min(options.maxCount, Math.floor(budget / options.batchSize)));
}

/** A tag that could not be read, and why (every failure names its tag in the run report). */
export interface FailedTag {
  name: string;
  webId: string;
  reason: string;
}

/** Values of tags whose whole window was read: landed together, and their windows marked covered. */
export interface CompletedChunk {
  columns: ValueColumns;
  windows: TagWindow[];
}

export interface StrategyProgress {
  tagsDone: number;
  tagsFailed: number;
  values: number;
}
