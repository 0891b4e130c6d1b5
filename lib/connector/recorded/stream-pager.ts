/**
 * Time paging of one stream (contract §4.1): a page holding exactly maxCount values is taken as
 * truncated; the next page starts at its last timestamp and skips the values already held there
 * (PI may hold several values at one timestamp, and `Inside` returns them again).
 */
import { decodeTimedValues, newCursor, type StreamCursor } from '../values/decode-timed-values';
import { ValueColumnBuilder } from '../values/value-columns';
import { formatIsoMs } from './recorded-query';
import type { TagJob } from './types';

export type PageOutcome = { kind: 'done' } | { kind: 'more' } | { kind: 'failed'; reason: string };

export class StreamPager {
  readonly job: TagJob;
  /** startTime of the next request, exactly as the server wrote the last timestamp. */
  nextStartIso: string;
  readonly endIso: string;
  maxCount: number;
  values = 0;
  pages = 0;
  /** This stream's values so far: landed only once its whole window is read. */
  readonly out: ValueColumnBuilder;
  private skip = 0;
  private readonly cursor: StreamCursor = newCursor();

  constructor(job: TagJob, maxCount: number, private readonly maxAllowed: number) {
    this.job = job;
    this.nextStartIso = formatIsoMs(job.startMs);
    this.endIso = formatIsoMs(job.endMs);
    this.maxCount = Math.min(maxCount, maxAllowed);
    // One hour at a 60 s grid is 61 values: start small, grow when denser.
    this.out = new ValueColumnBuilder(64);
  }

  /** Consumes one page's `Items`; decides whether another page is needed. */
  accept(items: unknown): PageOutcome {
    this.pages++;
    const decoded = decodeTimedValues(items, this.job.key, this.cursor, this.out, this.skip);
    if (!decoded.ok) return { kind: 'failed', reason: `contract: ${decoded.error}` };
    this.values += decoded.value;
    const list = items as { Timestamp: string }[];
    if (list.length < this.maxCount) return { kind: 'done' };
    const lastTs = list[list.length - 1]!.Timestamp;
    let atLast = 0;
    for (let i = list.length - 1; i >= 0 && list[i]!.Timestamp === lastTs; i--) atLast++;
    if (atLast === list.length) {
      // A whole page at one timestamp: a larger page is the only way forward (never above the cap).
      if (this.maxCount >= this.maxAllowed) {
        return { kind: 'failed', reason: `more than ${this.maxAllowed} values at ${lastTs}: cannot page past them` };
      }
      this.maxCount = Math.min(this.maxCount * 2, this.maxAllowed);
      this.skip = list.length; // all of them are held now; the larger page repeats them first
      return { kind: 'more' };
    }
    this.nextStartIso = lastTs;
    this.skip = atLast;
    return { kind: 'more' };
  }
}
