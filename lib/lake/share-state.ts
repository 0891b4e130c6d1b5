/**
 * What one attempt of one share holds between open and commit, shared by the sink methods
 * (lake-share.ts) and the commit protocol (commit-share.ts).
 */
import type { DuckDBConnection } from '@duckdb/node-api';
import type { DataSource } from '../landing';
import { ok, type Result } from '../result';
import type { CommitRecord, CommittedFile } from './commit-record';
import { readCommitsAfter, type CorruptRecord } from './commit-log';
import { CoverageIndex } from './coverage-index';
import type { LakeError } from './errors';
import { fileStem, type ShareId } from './layout';
import { KeyCoverage } from './key-coverage';
import { StagedAssets } from './staged-assets';
import { StagedWindows } from './staged-windows';
import { TagKeys } from './tag-keys';
import { ValueStage } from './value-stage';

export interface ShareState {
  readonly dir: string;
  readonly runId: string;
  readonly share: ShareId | null;
  readonly attemptId: string;
  readonly conn: DuckDBConnection;
  readonly values: ValueStage;
  readonly assets: StagedAssets;
  /** `<stem>-<n>.parquet`, n counting up: every file this attempt writes gets a new name. */
  readonly nextFileName: () => string;
  dataSource: DataSource | null;
  /** The WebId of each tag key: rows and windows carry keys, records WebIds. */
  readonly tags: TagKeys;
  /** Coverage of every committed record read so far, all data sources. */
  readonly committed: CoverageIndex;
  /** Coverage of this attempt's staged windows, by tag key (one data source per attempt). */
  readonly own: KeyCoverage;
  readonly windows: StagedWindows;
  /** Staged time-series files, in the order written. */
  files: CommittedFile[];
  /** Highest commit sequence read. */
  lastSequence: number;
  /**
   * Every staged row has been checked against the records up to this sequence (null while
   * nothing is staged); records after it wait in `unchecked` for the commit to check.
   */
  checkedThrough: number | null;
  unchecked: CommitRecord[];
  /** Records with AF or event-frame files (windows dropped): what asset versions are read from. */
  readonly assetRecords: CommitRecord[];
  readonly corrupt: CorruptRecord[];
  /** True once this attempt's record is in the log: its staging folder then holds committed files. */
  recorded: boolean;
}

/** Reads the records committed since the last read into the state; answers them. */
export async function refreshLog(s: ShareState): Promise<Result<CommitRecord[], LakeError>> {
  const read = await readCommitsAfter(s.dir, s.lastSequence);
  if (!read.ok) return read;
  for (const record of read.value.records) {
    s.committed.addRecord(record);
    if (s.checkedThrough !== null) s.unchecked.push(record);
    if (record.files.some((f) => f.table !== 'pi_timeseries')) s.assetRecords.push({ ...record, windows: [] });
  }
  s.corrupt.push(...read.value.corrupt);
  s.lastSequence = read.value.lastSequence;
  return ok(read.value.records);
}

/** A fresh attempt's state; its file names are `<runId>-s<i>of<N>-<attemptId>-<n>.parquet`. */
export async function createShareState(dir: string, runId: string, share: ShareId | null, attemptId: string, conn: DuckDBConnection): Promise<ShareState> {
  const stem = fileStem(runId, share, attemptId);
  let n = 0;
  const nextFileName = (): string => `${stem}-${++n}.parquet`;
  const tags = new TagKeys();
  return {
    dir, runId, share, attemptId, conn,
    values: await ValueStage.create(conn, dir, attemptId, nextFileName),
    assets: new StagedAssets(),
    nextFileName,
    dataSource: null,
    tags,
    committed: new CoverageIndex(tags),
    own: new KeyCoverage(),
    windows: new StagedWindows(),
    files: [],
    lastSequence: 0,
    checkedThrough: null,
    unchecked: [],
    assetRecords: [],
    corrupt: [],
    recorded: false,
  };
}
