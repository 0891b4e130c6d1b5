/**
 * Folds the connector's per-tag progress callbacks (one per landed tag, from every partition) into
 * `progress` events, at most one per PROGRESS_INTERVAL_MS per mode plus a final one: a 30,240-tag
 * run emits a few hundred small events, not 30,240, so streaming them costs the server nothing.
 */
import { performance } from 'node:perf_hooks';
import type { ExtractionProgress } from '../connector/run-extraction';
import type { ExtractionModeName, ModeSummary, RunEvent } from './schemas';

export const PROGRESS_INTERVAL_MS = 100;

type ProgressEvent = Extract<RunEvent, { type: 'progress' }>;

interface PartitionCounts {
  tagsDone: number;
  tagsFailed: number;
  values: number;
}

export class ModeProgress {
  private readonly parts: PartitionCounts[];
  private readonly startedMs: number;
  private lastEmitMs = Number.NEGATIVE_INFINITY;

  /**
   * `requestsSoFar`: HTTP requests of the mode's clients minus their discovery requests, so the
   * live count and the summary's values-phase count (httpRequests) mean the same thing.
   */
  constructor(
    private readonly mode: ExtractionModeName,
    private readonly tagsTotal: number,
    partitions: number,
    private readonly requestsSoFar: () => number,
    private readonly emit: (event: ProgressEvent) => void,
    private readonly now: () => number = () => performance.now(),
  ) {
    this.startedMs = now();
    this.parts = Array.from({ length: partitions }, () => ({ tagsDone: 0, tagsFailed: 0, values: 0 }));
  }

  update(partition: number, progress: ExtractionProgress): void {
    if (progress.phase !== 'values') return;
    const part = this.parts[partition];
    if (!part) throw new Error(`progress for partition ${partition} of ${this.parts.length}`);
    part.tagsDone = progress.tagsDone;
    part.tagsFailed = progress.tagsFailed;
    part.values = progress.values;
    const nowMs = this.now();
    if (nowMs - this.lastEmitMs < PROGRESS_INTERVAL_MS) return;
    this.lastEmitMs = nowMs;
    let tagsDone = 0;
    let tagsFailed = 0;
    let values = 0;
    for (const p of this.parts) {
      tagsDone += p.tagsDone;
      tagsFailed += p.tagsFailed;
      values += p.values;
    }
    this.emit({
      type: 'progress',
      mode: this.mode,
      tagsDone,
      tagsFailed,
      tagsTotal: this.tagsTotal,
      values,
      httpRequests: Math.max(0, this.requestsSoFar()),
      elapsedMs: nowMs - this.startedMs,
    });
  }

  /** The last progress event carries the summary's counts exactly; elapsed stays the mode's wall time. */
  final(summary: ModeSummary): void {
    this.emit({
      type: 'progress',
      mode: this.mode,
      tagsDone: summary.tagsLanded,
      tagsFailed: summary.tagsFailed,
      tagsTotal: summary.tagsTotal,
      values: summary.values,
      httpRequests: summary.httpRequests,
      elapsedMs: this.now() - this.startedMs,
    });
  }
}
