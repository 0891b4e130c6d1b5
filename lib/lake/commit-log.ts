/**
 * The commit log, DIR/_lake/commits/: records numbered 1, 2, 3... with no gaps, each created
 * exclusively. A writer takes number n only by linking a complete, fsynced file to that name
 * (see createRecord), so a reader never meets half a record, and a writer that got n has read
 * every record before it: records are read by number, not by listing the folder, because a
 * listing may be stale on a network filesystem while a failed open of a name is not.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { z } from 'zod';
import { err, ok, type Result } from '../result';
import { commitRecord, type CommitRecord } from './commit-record';
import { recordText, type RecordHead, type RecordWindowGroup } from './record-text';
import { errnoCode, ioError, type LakeError } from './errors';
import { linkExclusive, removeOwnFile, syncPath, writeNewFileSynced } from './fs-steps';
import { commitsDir, recordFileName } from './layout';

export interface CorruptRecord {
  sequence: number;
  path: string;
  issues: string;
}

export interface LogRead {
  records: CommitRecord[];
  /** Records that exist but do not parse: reported, never trusted (their number stays taken). */
  corrupt: CorruptRecord[];
  /** The highest sequence that exists; the next commit tries lastSequence + 1. */
  lastSequence: number;
}

/** Every record numbered above `afterSequence`, in order, up to the first number not taken. */
export async function readCommitsAfter(dir: string, afterSequence: number): Promise<Result<LogRead, LakeError>> {
  const records: CommitRecord[] = [];
  const corrupt: CorruptRecord[] = [];
  let sequence = afterSequence + 1;
  for (;; sequence++) {
    const read = await readRecordAt(dir, sequence);
    if (!read.ok) return read;
    if (read.value === null) break;
    if ('record' in read.value) records.push(read.value.record);
    else corrupt.push(read.value);
  }
  return ok({ records, corrupt, lastSequence: sequence - 1 });
}

/** Record number `sequence`: null when that number is not taken. */
export async function readRecordAt(dir: string, sequence: number): Promise<Result<{ record: CommitRecord } | CorruptRecord | null, LakeError>> {
  const path = join(commitsDir(dir), recordFileName(sequence));
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    return errnoCode(error) === 'ENOENT' ? ok(null) : err(ioError(path, error));
  }
  const parsed = parseRecord(text, sequence);
  return ok(parsed.ok ? { record: parsed.value } : { sequence, path, issues: parsed.error });
}

function parseRecord(text: string, sequence: number): Result<CommitRecord, string> {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    return err(`not JSON: ${error instanceof Error ? error.message : String(error)}`);
  }
  const parsed = commitRecord.safeParse(json);
  if (!parsed.success) return err(z.prettifyError(parsed.error));
  if (parsed.data.sequence !== sequence) return err(`holds sequence ${parsed.data.sequence} under number ${sequence}`);
  return ok(parsed.data);
}

/**
 * Tries to make the record (`head` and its window groups) commit number `head.sequence`: writes
 * it to `tempPath` (in the writer's own staging folder) piece by piece, then links it into the log. 'taken' when another process holds
 * that number; the caller reads it and tries the next. A writer killed here leaves at most its
 * temp file, never a partial record.
 */
export async function createRecord(
  head: RecordHead,
  windows: Iterable<RecordWindowGroup>,
  dir: string,
  tempPath: string,
): Promise<Result<'created' | 'taken', LakeError>> {
  // A temp file of this number can only be ours, left by a commit() that failed and is retried.
  const stale = await removeOwnFile(tempPath);
  if (!stale.ok) return stale;
  const written = await writeNewFileSynced(tempPath, { pieces: recordText(head, windows) });
  if (!written.ok) return written;
  const linked = await linkExclusive(tempPath, join(commitsDir(dir), recordFileName(head.sequence)));
  // The temp file sits in our own staging folder, which goes once we publish; failing to remove
  // it now changes nothing about the commit, so its result is not checked.
  await removeOwnFile(tempPath);
  if (!linked.ok || linked.value === 'taken') return linked.ok ? ok('taken') : linked;
  // The record is visible to every process from here on: answering an error now would make the
  // caller retry a commit that happened. A failed directory fsync only weakens durability
  // across a machine crash, so it is not reported as a failure.
  await syncPath(commitsDir(dir));
  return ok('created');
}
