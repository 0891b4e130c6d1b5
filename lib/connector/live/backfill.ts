/**
 * After a (re)connect, the gap of each tag from its covered end to the server's time is read with
 * recorded reads (stream sets, as `--mode streamsets`) and landed with its coverage, through the
 * same strategy and landing code as every other mode. The socket was already subscribed when the
 * server time was taken, so every value after it comes through the channel: the two meet exactly.
 */
import type { LandingSink } from '../../landing';
import type { PiClient } from '../http';
import { extractRecorded } from '../recorded/extract-recorded';
import type { RecordedOptions, TagJob } from '../recorded/types';
import type { TailBook } from './tail-book';

export interface BackfillOutcome {
  /** Tags read and landed up to `toMs` (a tag already covered past it is in neither list). */
  landed: number[];
  /** Tags that needed a read and were not landed. */
  failed: number[];
  /** Why they were not (the first reason), or null when all were. */
  failure: string | null;
  values: number;
}

export async function backfillGap(
  client: PiClient,
  sink: LandingSink,
  book: TailBook,
  tagIndexes: readonly number[],
  toMs: number,
  options: RecordedOptions,
  runId: string,
): Promise<BackfillOutcome> {
  const jobs: TagJob[] = [];
  const read: number[] = [];
  for (const i of tagIndexes) {
    const { ms, open } = book.cursor(i);
    // Coverage already reaching the server's time (a clock step back): nothing to read.
    if (ms > toMs || (ms === toMs && open)) continue;
    const tag = book.tags[i]!;
    read.push(i);
    jobs.push({ key: tag.key, webId: tag.webId, name: tag.name, startMs: ms, startOpen: open, endMs: toMs, endOpen: false, coveredEndMs: toMs });
  }
  if (jobs.length === 0) return { landed: [], failed: [], failure: null, values: 0 };
  const report = await extractRecorded({ client, sink, slices: [jobs], mode: 'streamsets', options, runId });
  // After a fatal stop (401, cancel) which tags landed is unknown: none advances, the next sync reads them again.
  if (report.fatal) return { landed: [], failed: read, failure: report.fatal, values: report.points };
  const failed = new Set(report.failedTags.map((t) => t.webId));
  const first = report.failedTags[0];
  return {
    landed: read.filter((i) => !failed.has(book.tags[i]!.webId)),
    failed: read.filter((i) => failed.has(book.tags[i]!.webId)),
    failure: first ? `${first.name}: ${first.reason}` : null,
    values: report.points,
  };
}
