/**
 * Verify's walk over the folders: the state of every committed file, Parquet files in table
 * folders that no record names (readers would see uncommitted rows), and staging folders.
 */
import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { err, ok, type Result } from '../result';
import { readAttemptMarker } from './attempt-marker';
import type { CommitRecord } from './commit-record';
import { errnoCode, ioError, type LakeError } from './errors';
import { TABLES, stagingRoot, type ShareId } from './layout';
import { fileState } from './publish';

export interface FileRef {
  sequence: number;
  path: string;
}

export interface StagingFolder {
  attemptId: string;
  runId: string | null;
  share: ShareId | null;
  host: string | null;
  pid: number | null;
  startedAt: string | null;
  files: number;
}

export interface FileScan {
  published: number;
  /** Committed, still in staging: roll-forward publishes them (the next open, or `lake load`). */
  unpublished: FileRef[];
  /** Committed, found nowhere: data lost. */
  missing: FileRef[];
  /** Parquet files in table folders that no record names, relative to DIR. */
  stray: string[];
  /** Staging folders of attempts that never committed: killed, abandoned without cleanup, or still running. */
  orphaned: StagingFolder[];
}

export async function scanFiles(dir: string, records: readonly CommitRecord[]): Promise<Result<FileScan, LakeError>> {
  const scan: FileScan = { published: 0, unpublished: [], missing: [], stray: [], orphaned: [] };
  const committed = new Set<string>();
  for (const record of records) {
    for (const file of record.files) {
      committed.add(file.path);
      const state = await fileState(dir, file);
      if (!state.ok) return state;
      if (state.value === 'published') scan.published++;
      else scan[state.value === 'staged' ? 'unpublished' : 'missing'].push({ sequence: record.sequence, path: file.path });
    }
  }
  for (const table of TABLES) {
    const listed = await listFiles(join(dir, table));
    if (!listed.ok) return listed;
    for (const name of listed.value) {
      const path = `${table}/${name}`;
      if (name.endsWith('.parquet') && !committed.has(path)) scan.stray.push(path);
    }
  }
  const attempts = await listDirs(stagingRoot(dir));
  if (!attempts.ok) return attempts;
  const committedAttempts = new Set(records.map((r) => r.attemptId));
  for (const attemptId of attempts.value) {
    if (committedAttempts.has(attemptId)) continue;
    const marker = await readAttemptMarker(dir, attemptId);
    const files = await listFiles(join(stagingRoot(dir), attemptId));
    if (!files.ok) return files;
    scan.orphaned.push({
      attemptId,
      runId: marker?.runId ?? null,
      share: marker?.share ?? null,
      host: marker?.host ?? null,
      pid: marker?.pid ?? null,
      startedAt: marker?.startedAt ?? null,
      files: files.value.filter((f) => f.endsWith('.parquet')).length,
    });
  }
  return ok(scan);
}

/** Files (not folders) under `path`, relative to it, with '/' separators; none when it does not exist. */
async function listFiles(path: string): Promise<Result<string[], LakeError>> {
  try {
    const entries = await readdir(path, { recursive: true, withFileTypes: true });
    return ok(entries.filter((e) => e.isFile()).map((e) => join(e.parentPath, e.name).slice(path.length + 1).split('\\').join('/')));
  } catch (error) {
    return errnoCode(error) === 'ENOENT' ? ok([]) : err(ioError(path, error));
  }
}

async function listDirs(path: string): Promise<Result<string[], LakeError>> {
  try {
    return ok((await readdir(path, { withFileTypes: true })).filter((e) => e.isDirectory()).map((e) => e.name));
  } catch (error) {
    return errnoCode(error) === 'ENOENT' ? ok([]) : err(ioError(path, error));
  }
}
