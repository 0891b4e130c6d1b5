/**
 * Time paging of one stream (contract §4.1): a page holding exactly maxCount values is taken as
 * truncated; the next page starts at its last timestamp and skips the values already held there
 * (PI may hold several values at one timestamp, and `Inside` returns them again).
 */
import { decodeTimedValues, newCursor, type StreamCursor } from '../values/decode-timed-values';
import type { PageSummary, ScanTarget } from '../values/scan';
import { ValueColumnBuilder } from '../values/value-columns';
import { formatIsoMs } from './recorded-query';
import type { TagJob } from './types';

export type PageOutcome = { kind: 'done' } | { kind: 'more' } | { kind: 'failed'; reason: string };

/**
 * A page as a reader hands it over: already scanned into this pager's columns, or parsed items
 * still to decode (the reference path, taken when the scanner declines a body).
 */
export type PageRead = { kind: 'scanned'; summary: PageSummary } | { kind: 'items'; items: unknown[] };

/** Where the columns and cursor stood before a body was scanned, to undo a declined scan. */
export interface PagerMark {
  rows: number;
  lastTsMs: number;
  countAtLastTs: number;
}

function summaryOfItems(items: unknown[], appended: number): PageSummary {
  const list = items as { Timestamp: string }[];
  const lastTimestamp = list.length > 0 ? list[list.length - 1]!.Timestamp : null;
  let atLast = 0;
  for (let i = list.length - 1; i >= 0 && list[i]!.Timestamp === lastTimestamp; i--) atLast++;
  return { count: list.length, appended, lastTimestamp, atLast };
}

export class StreamPager implements ScanTarget {
  readonly job: TagJob;
  /** startTime of the next request, exactly as the server wrote the last timestamp. */
  nextStartIso: string;
  readonly endIso: string;
  maxCount: number;
  values = 0;
  pages = 0;
  /** This stream's values so far: landed only once its whole window is read. */
  readonly out: ValueColumnBuilder;
  readonly cursor: StreamCursor = newCursor();
  private skipNext = 0;

  constructor(
    job: TagJob,
    maxCount: number,
    private readonly maxAllowed: number,
    out: ValueColumnBuilder = new ValueColumnBuilder(64),
  ) {
    this.job = job;
    this.nextStartIso = formatIsoMs(job.startMs);
    this.endIso = formatIsoMs(job.endMs);
    this.maxCount = Math.min(maxCount, maxAllowed);
    this.out = out;
  }

  get tagKey(): number {
    return this.job.key;
  }

  /** Leading items of the next page that are already held. */
  get skip(): number {
    return this.skipNext;
  }

  mark(): PagerMark {
    return { rows: this.out.length, lastTsMs: this.cursor.lastTsMs, countAtLastTs: this.cursor.countAtLastTs };
  }

  rewind(mark: PagerMark): void {
    this.out.truncate(mark.rows);
    this.cursor.lastTsMs = mark.lastTsMs;
    this.cursor.countAtLastTs = mark.countAtLastTs;
  }

  /** Takes one page; decides whether another page is needed. */
  acceptPage(page: PageRead): PageOutcome {
    if (page.kind === 'scanned') return this.advance(page.summary);
    const decoded = decodeTimedValues(page.items, this.job.key, this.cursor, this.out, this.skipNext);
    if (!decoded.ok) {
      this.pages++;
      return { kind: 'failed', reason: `contract: ${decoded.error}` };
    }
    return this.advance(summaryOfItems(page.items, decoded.value));
  }

  private advance(page: PageSummary): PageOutcome {
    this.pages++;
    this.values += page.appended;
    if (page.count < this.maxCount || page.lastTimestamp === null) return { kind: 'done' };
    const lastTs = page.lastTimestamp;
    if (page.atLast === page.count) {
      // A whole page at one timestamp: a larger page is the only way forward (never above the cap).
      if (this.maxCount >= this.maxAllowed) {
        return { kind: 'failed', reason: `more than ${this.maxAllowed} values at ${lastTs}: cannot page past them` };
      }
      this.maxCount = Math.min(this.maxCount * 2, this.maxAllowed);
      this.skipNext = page.count; // all of them are held now; the larger page repeats them first
      return { kind: 'more' };
    }
    this.nextStartIso = lastTs;
    this.skipNext = page.atLast;
    return { kind: 'more' };
  }
}
