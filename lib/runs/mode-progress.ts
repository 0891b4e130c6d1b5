/**
 * One mode's clock and its `progress` events. The clock starts at the mode's first value request
 * (any partition), not at the mode's start: listing the points, which every partition repeats,
 * is reported apart (`mode-reading.listingMs`), so a projection from the first tags is not
 * inflated by it. Per-tag callbacks from every partition fold into at most one event per
 * PROGRESS_INTERVAL_MS plus a final one: a 30,240-tag run emits a few hundred small events.
 */
import { performance } from 'node:perf_hooks';
import type { ExtractionProgress } from '../connector';
import type { ExtractionModeName, ModeSummary, RunEvent } from '../api-contract';
import { countsOfSummary } from './summary-counts';

export const PROGRESS_INTERVAL_MS = 100;

type ModeEvent = Extract<RunEvent, { type: 'progress' | 'mode-reading' }>;

/** A partition client's request and retry counters, read at any moment. */
export interface PartitionCounters {
  requests: number;
  retries: number;
}

interface PartitionState {
  tagsDone: number;
  tagsFailed: number;
  values: number;
  /** On the monotonic clock; null while the partition still lists the points. */
  valuesStartMs: number | null;
  /** Counters when its values phase began: the live counts are the values phase's alone. */
  countersAtStart: PartitionCounters;
}

export interface ModeProgressOptions {
  mode: ExtractionModeName;
  tagsTotal: number;
  partitions: number;
  counters: (partition: number) => PartitionCounters;
  emit: (event: ModeEvent) => void;
  /** Called once, at the first value request: the sequential time box starts here. */
  onFirstValueRequest?: () => void;
  now?: () => number;
  wallNow?: () => number;
}

export class ModeProgress {
  private readonly parts: PartitionState[];
  private readonly startedMs: number;
  private firstValuesMs: number | null = null;
  private lastEmitMs = Number.NEGATIVE_INFINITY;
  private readonly now: () => number;
  private readonly wallNow: () => number;

  constructor(private readonly options: ModeProgressOptions) {
    this.now = options.now ?? (() => performance.now());
    this.wallNow = options.wallNow ?? Date.now;
    this.startedMs = this.now();
    this.parts = Array.from({ length: options.partitions }, () => ({
      tagsDone: 0,
      tagsFailed: 0,
      values: 0,
      valuesStartMs: null,
      countersAtStart: { requests: 0, retries: 0 },
    }));
  }

  update(partition: number, progress: ExtractionProgress): void {
    if (progress.phase !== 'values') return;
    const part = this.parts[partition];
    if (!part) throw new Error(`progress for partition ${partition} of ${this.parts.length}`);
    const nowMs = this.now();
    if (part.valuesStartMs === null) {
      part.valuesStartMs = nowMs;
      part.countersAtStart = this.options.counters(partition);
      if (this.firstValuesMs === null) {
        this.firstValuesMs = nowMs;
        this.options.onFirstValueRequest?.();
        this.options.emit({ type: 'mode-reading', mode: this.options.mode, listingMs: nowMs - this.startedMs, atMs: this.wallNow() });
      }
    }
    part.tagsDone = progress.tagsDone;
    part.tagsFailed = progress.tagsFailed;
    part.values = progress.values;
    if (nowMs - this.lastEmitMs < PROGRESS_INTERVAL_MS) return;
    this.lastEmitMs = nowMs;
    this.emitProgress(nowMs - (this.firstValuesMs ?? nowMs));
  }

  /**
   * The mode's time: first value request of any partition to the end of the last partition's
   * values phase (`valuesElapsedMs[i]`, as its connector measured it). Null if no value was asked for.
   */
  clock(valuesElapsedMs: readonly (number | null)[]): { elapsedMs: number; listingMs: number } | null {
    if (this.firstValuesMs === null) return null;
    let endMs = this.firstValuesMs;
    this.parts.forEach((part, i) => {
      const elapsed = valuesElapsedMs[i];
      if (part.valuesStartMs !== null && elapsed !== null && elapsed !== undefined) endMs = Math.max(endMs, part.valuesStartMs + elapsed);
    });
    return { elapsedMs: endMs - this.firstValuesMs, listingMs: this.firstValuesMs - this.startedMs };
  }

  /** The last progress event carries the summary's counts and time exactly. */
  final(summary: ModeSummary): void {
    this.options.emit({ type: 'progress', mode: this.options.mode, ...countsOfSummary(summary) });
  }

  private emitProgress(elapsedMs: number): void {
    let tagsDone = 0;
    let tagsFailed = 0;
    let values = 0;
    let requests = 0;
    let retries = 0;
    this.parts.forEach((p, i) => {
      tagsDone += p.tagsDone;
      tagsFailed += p.tagsFailed;
      values += p.values;
      if (p.valuesStartMs === null) return;
      const counters = this.options.counters(i);
      requests += counters.requests - p.countersAtStart.requests;
      retries += counters.retries - p.countersAtStart.retries;
    });
    this.options.emit({
      type: 'progress',
      mode: this.options.mode,
      tagsDone,
      tagsFailed,
      tagsTotal: this.options.tagsTotal,
      values,
      httpRequests: Math.max(0, requests),
      retries: Math.max(0, retries),
      elapsedMs,
    });
  }
}
