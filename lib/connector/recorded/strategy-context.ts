/**
 * What every recorded strategy shares: the client, options, the landing queue, the run's tally of
 * done and failed tags, and the first fatal error (401/403 or cancel) that stops the run.
 */
import { z } from 'zod';
import type { ConnectorError } from '../errors';
import type { PiClient } from '../http';
import type { LandingQueue } from './landing-queue';
import { StreamPager } from './stream-pager';
import type { FailedTag, RecordedOptions, StrategyProgress, TagJob } from './types';

/** Envelope of a recorded body: values are checked item by item by the decoder. */
export const recordedEnvelope = z.object({ Items: z.array(z.unknown()) });

export class StrategyContext {
  readonly failed: FailedTag[] = [];
  /** Jobs (pieces of window) read whole and handed to the landing queue. */
  tagsDone = 0;
  /** Jobs (pieces of window) announced so far. */
  tagsExpected = 0;
  /** Tags all of whose planned pieces were read whole and handed to the landing queue. */
  tagsLanded = 0;
  /**
   * Pieces still to complete, per tag with at least one outstanding: a tag with gaps has several
   * and is landed once all are. Entries leave as tags finish, so it holds the tags in flight,
   * never the whole point list.
   */
  private readonly piecesLeftByKey = new Map<number, number>();
  values = 0;
  /** Sub-requests and streams retried inside a 207 / stream-set answer (whole requests are counted by the client). */
  partialRetries = 0;
  /** Bodies the byte scanner handed back to the reference path (JSON.parse and the schemas). */
  scanDeclined = 0;
  fatal: ConnectorError | null = null;
  private changed = false;

  constructor(
    readonly client: PiClient,
    readonly options: RecordedOptions,
    readonly queue: LandingQueue,
    private readonly onProgress: (progress: StrategyProgress) => void,
  ) {}

  /** A pager for `job`, its column buffers reused from streams already landed. */
  newPager(job: TagJob, maxCount: number, maxAllowed: number): StreamPager {
    return new StreamPager(job, maxCount, maxAllowed, this.queue.newBuilder());
  }

  get stopped(): boolean {
    return this.fatal !== null;
  }

  /** Announces a slice of jobs before any of them is read; every piece of a tag comes in one slice. */
  expect(jobs: readonly TagJob[]): void {
    this.tagsExpected += jobs.length;
    for (const job of jobs) this.piecesLeftByKey.set(job.key, (this.piecesLeftByKey.get(job.key) ?? 0) + 1);
  }

  async complete(pager: StreamPager): Promise<void> {
    const { job } = pager;
    if (job.startOpen || job.endOpen) pager.values -= pager.out.keepBetween(job.startMs, job.startOpen, job.endMs, job.endOpen);
    await this.queue.add(pager);
    this.tagsDone++;
    const left = (this.piecesLeftByKey.get(job.key) ?? 0) - 1;
    if (left > 0) this.piecesLeftByKey.set(job.key, left);
    else {
      this.piecesLeftByKey.delete(job.key);
      if (left === 0) this.tagsLanded++;
    }
    this.values += pager.values;
    this.changed = true;
  }

  fail(pager: StreamPager, reason: string): void {
    this.failed.push({ name: pager.job.name, webId: pager.job.webId, reason });
    // A tag with a failed piece never counts as landed, whatever its other pieces do.
    this.piecesLeftByKey.set(pager.job.key, Number.POSITIVE_INFINITY);
    this.changed = true;
  }

  /**
   * Reports the tally if it moved. Strategies call it once per answer, not per tag: 30,240
   * reports of one tag each cost ~45 ms of the run's main thread (measured).
   */
  reportProgress(): void {
    if (!this.changed) return;
    this.changed = false;
    this.onProgress({ tagsDone: this.tagsDone, tagsFailed: this.failed.length, values: this.values });
  }

  stop(error: ConnectorError): void {
    this.fatal ??= error;
  }
}
