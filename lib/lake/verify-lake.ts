/**
 * `lake verify`: reads the whole lake without changing anything and says whether a reader of
 * the plain glob sees each committed value exactly once, and what is pending or left over.
 */
import { join, resolve } from 'node:path';
import { DuckDBInstance } from '@duckdb/node-api';
import { err, ok, type Result } from '../result';
import type { CommitRecord, RowsPerTable } from './commit-record';
import type { CorruptRecord } from './commit-log';
import { messageOf, type LakeError } from './errors';
import { sizeOf } from './fs-steps';
import type { LakeTable, ShareId } from './layout';
import { scanFiles, type FileScan } from './scan-files';
import { scanLog } from './scan-log';
import { duplicateKeys, duplicateVersions, rowsOutsideWindows, visibleRows, type ReadableFiles } from './verify-queries';

export interface CommitSummary {
  sequence: number;
  runId: string;
  share: ShareId | null;
  attemptId: string;
  host: string;
  committedAt: string;
  rows: RowsPerTable;
  tags: number;
}

export interface LakeReport {
  dir: string;
  commits: CommitSummary[];
  runs: string[];
  /** Distinct (run, share) pairs committed. */
  shares: number;
  rowsCommitted: RowsPerTable;
  /** What the plain glob over each table folder sees now. */
  rowsVisible: RowsPerTable;
  files: FileScan;
  corruptRecords: CorruptRecord[];
  sequenceGaps: number[];
  strayLogFiles: string[];
  duplicateKeys: number;
  duplicateVersions: { pi_af_hierarchy: number; pi_event_frames: number };
  rowsOutsideWindows: number;
  /** Why the lake is not sound; empty when it is. */
  problems: string[];
  /** Worth knowing, not wrong: roll-forward pending, staging left by killed or running attempts. */
  warnings: string[];
  sound: boolean;
}

const zeroRows = (): RowsPerTable => ({ pi_timeseries: 0, pi_af_hierarchy: 0, pi_event_frames: 0 });

export async function verifyLake(lakeDir: string): Promise<Result<LakeReport, LakeError>> {
  const dir = resolve(lakeDir);
  // A mistyped path must not pass as an empty, sound lake.
  const exists = await sizeOf(dir);
  if (!exists.ok) return exists;
  if (exists.value === null) return err({ kind: 'io', path: dir, code: 'ENOENT' });
  const log = await scanLog(dir);
  if (!log.ok) return log;
  const files = await scanFiles(dir, log.value.records);
  if (!files.ok) return files;
  const { records } = log.value;

  let instance: DuckDBInstance | null = null;
  try {
    instance = await DuckDBInstance.create(':memory:');
    const conn = await instance.connect();
    const rowsVisible = zeroRows();
    for (const table of Object.keys(rowsVisible) as LakeTable[]) rowsVisible[table] = await visibleRows(conn, dir, table);
    const report: LakeReport = {
      dir,
      commits: records.map(summarise),
      runs: [...new Set(records.map((r) => r.runId))].sort(),
      shares: new Set(records.map((r) => `${r.runId}|${r.share ? `${r.share.index}/${r.share.count}` : 'all'}`)).size,
      rowsCommitted: records.reduce((sum, r) => ({ pi_timeseries: sum.pi_timeseries + r.rows.pi_timeseries, pi_af_hierarchy: sum.pi_af_hierarchy + r.rows.pi_af_hierarchy, pi_event_frames: sum.pi_event_frames + r.rows.pi_event_frames }), zeroRows()),
      rowsVisible,
      files: files.value,
      corruptRecords: log.value.corrupt,
      sequenceGaps: log.value.gaps,
      strayLogFiles: log.value.strays,
      duplicateKeys: await duplicateKeys(conn, dir),
      duplicateVersions: {
        pi_af_hierarchy: await duplicateVersions(conn, readable(dir, records, files.value, 'pi_af_hierarchy'), 'pi_af_hierarchy'),
        pi_event_frames: await duplicateVersions(conn, readable(dir, records, files.value, 'pi_event_frames'), 'pi_event_frames'),
      },
      rowsOutsideWindows: await rowsOutsideWindows(conn, readable(dir, records, files.value, 'pi_timeseries'), records),
      problems: [],
      warnings: [],
      sound: true,
    };
    conn.closeSync();
    judge(report);
    return ok(report);
  } catch (error) {
    return err({ kind: 'parquet', path: dir, message: messageOf(error) });
  } finally {
    instance?.closeSync();
  }
}

function summarise(r: CommitRecord): CommitSummary {
  const tags = new Set(r.windows.flatMap((w) => w.tagWebIds)).size;
  return { sequence: r.sequence, runId: r.runId, share: r.share, attemptId: r.attemptId, host: r.host, committedAt: r.committedAt, rows: r.rows, tags };
}

/** Committed files of `table` where they can be read now: the final path, or the staged one before roll-forward. */
function readable(dir: string, records: readonly CommitRecord[], scan: FileScan, table: LakeTable): ReadableFiles {
  const missing = new Set(scan.missing.map((m) => m.path));
  const unpublished = new Set(scan.unpublished.map((m) => m.path));
  const out: ReadableFiles = new Map();
  for (const r of records) {
    for (const f of r.files) {
      if (f.table !== table || missing.has(f.path)) continue;
      out.set(join(dir, unpublished.has(f.path) ? f.stagedPath : f.path), r.sequence);
    }
  }
  return out;
}

function judge(r: LakeReport): void {
  const f = r.files;
  if (r.duplicateKeys > 0) r.problems.push(`time-series keys seen more than once: ${r.duplicateKeys}`);
  if (f.missing.length > 0) r.problems.push(`committed files missing: ${f.missing.length}`);
  if (f.stray.length > 0) r.problems.push(`Parquet files in table folders that no commit names: ${f.stray.length}`);
  if (r.corruptRecords.length > 0) r.problems.push(`commit records that do not parse: ${r.corruptRecords.length}`);
  if (r.sequenceGaps.length > 0) r.problems.push(`commit numbers missing from the log: ${r.sequenceGaps.join(', ')}`);
  if (r.rowsOutsideWindows > 0) r.problems.push(`committed rows outside their commit's windows: ${r.rowsOutsideWindows}`);
  const versions = r.duplicateVersions.pi_af_hierarchy + r.duplicateVersions.pi_event_frames;
  if (versions > 0) r.problems.push(`AF or event-frame versions repeating the version before them: ${versions}`);
  const settled = f.unpublished.length === 0 && f.missing.length === 0 && f.stray.length === 0;
  for (const table of Object.keys(r.rowsVisible) as LakeTable[]) {
    if (settled && r.rowsVisible[table] !== r.rowsCommitted[table]) r.problems.push(`${table}: readers see ${r.rowsVisible[table]} rows, commits hold ${r.rowsCommitted[table]}`);
  }
  if (f.unpublished.length > 0) r.warnings.push(`committed files awaiting roll-forward (the next open or \`lake load\` publishes them): ${f.unpublished.length}`);
  if (f.orphaned.length > 0) r.warnings.push(`staging folders without a commit (killed, or still running): ${f.orphaned.length}`);
  if (r.strayLogFiles.length > 0) r.warnings.push(`files in _lake/commits that are not commit records: ${r.strayLogFiles.length}`);
  r.sound = r.problems.length === 0;
}
