/**
 * Verify's view of the commit log: every record file listed (not probed: a gap must show up
 * rather than hide the records after it), read and validated one by one.
 */
import { readdir } from 'node:fs/promises';
import { err, ok, type Result } from '../result';
import type { CommitRecord } from './commit-record';
import { readRecordAt, type CorruptRecord } from './commit-log';
import { errnoCode, ioError, type LakeError } from './errors';
import { commitsDir, recordFilePattern } from './layout';

export interface LogScan {
  records: CommitRecord[];
  corrupt: CorruptRecord[];
  /** Numbers below the highest that no record holds: the records after a gap are invisible to writers. */
  gaps: number[];
  /** Files in the commits folder that are not records (a record is never written there under another name). */
  strays: string[];
}

export async function scanLog(dir: string): Promise<Result<LogScan, LakeError>> {
  let names: string[];
  try {
    names = await readdir(commitsDir(dir));
  } catch (error) {
    if (errnoCode(error) === 'ENOENT') return ok({ records: [], corrupt: [], gaps: [], strays: [] });
    return err(ioError(commitsDir(dir), error));
  }
  const sequences: number[] = [];
  const strays: string[] = [];
  for (const name of names) {
    const m = recordFilePattern.exec(name);
    if (m?.[1]) sequences.push(Number(m[1]));
    else strays.push(name);
  }
  sequences.sort((a, b) => a - b);
  const scan: LogScan = { records: [], corrupt: [], gaps: [], strays };
  const taken = new Set(sequences);
  for (let n = 1; n <= (sequences[sequences.length - 1] ?? 0); n++) if (!taken.has(n)) scan.gaps.push(n);
  for (const sequence of sequences) {
    const read = await readRecordAt(dir, sequence);
    if (!read.ok) return read;
    if (read.value === null) continue;
    if ('record' in read.value) scan.records.push(read.value.record);
    else scan.corrupt.push(read.value);
  }
  return ok(scan);
}
