/**
 * Publishing moves a committed file from its staging folder to its table folder, where readers
 * see it. It runs after the commit record exists, so any process may finish it: the writer
 * right after committing, or whoever opens the lake next (roll-forward) when the writer died in
 * between. Idempotent and safe when two processes publish one record at once: rename is atomic,
 * and the loser finds the staged file gone and the final one present.
 */
import { mkdir } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { err, ok, type Result } from '../result';
import type { CommitRecord, CommittedFile } from './commit-record';
import { ioError, type LakeError } from './errors';
import { moveFile, sizeOf } from './fs-steps';

export type FileState = 'published' | 'staged' | 'missing';

export async function fileState(dir: string, file: CommittedFile): Promise<Result<FileState, LakeError>> {
  const final = await sizeOf(join(dir, file.path));
  if (!final.ok) return final;
  if (final.value !== null) return ok('published');
  const staged = await sizeOf(join(dir, file.stagedPath));
  if (!staged.ok) return staged;
  if (staged.value !== null) return ok('staged');
  // Another process may have renamed it between the two looks: staged is gone because final now exists.
  const finalAgain = await sizeOf(join(dir, file.path));
  if (!finalAgain.ok) return finalAgain;
  return ok(finalAgain.value !== null ? 'published' : 'missing');
}

/**
 * Publishes one committed file unless it already is. The final name is unique to its attempt
 * and only ever created by this rename, so the rename cannot replace another file.
 */
export async function publishFile(dir: string, sequence: number, file: CommittedFile): Promise<Result<void, LakeError>> {
  const state = await fileState(dir, file);
  if (!state.ok) return state;
  if (state.value === 'published') return ok(undefined);
  if (state.value === 'missing') return err({ kind: 'missing-file', sequence, path: file.path });
  const final = join(dir, file.path);
  try {
    await mkdir(dirname(final), { recursive: true });
  } catch (error) {
    return err(ioError(dirname(final), error));
  }
  const moved = await moveFile(join(dir, file.stagedPath), final);
  if (!moved.ok) return moved;
  if (moved.value === 'moved') return ok(undefined);
  // Gone between the check and the rename: another process published it just now, or it was lost.
  const after = await fileState(dir, file);
  if (!after.ok) return after;
  return after.value === 'published' ? ok(undefined) : err({ kind: 'missing-file', sequence, path: file.path });
}

/** Publishes every file of `record`; `afterEach` is a test seam (throw from it to simulate a crash). */
export async function publishRecord(dir: string, record: Pick<CommitRecord, 'sequence' | 'files'>, afterEach?: (published: number) => Promise<void> | void): Promise<Result<void, LakeError>> {
  let published = 0;
  for (const file of record.files) {
    const done = await publishFile(dir, record.sequence, file);
    if (!done.ok) return done;
    await afterEach?.(++published);
  }
  return ok(undefined);
}

export interface RollForward {
  /** Files moved from staging by this call. */
  published: number;
  /** Committed files found nowhere: lost data, which verify reports too. */
  missing: { sequence: number; path: string }[];
}

/** Finishes the publishing of every record given; missing files are collected, not fatal. */
export async function rollForward(dir: string, records: readonly CommitRecord[]): Promise<Result<RollForward, LakeError>> {
  const result: RollForward = { published: 0, missing: [] };
  for (const record of records) {
    for (const file of record.files) {
      const before = await fileState(dir, file);
      if (!before.ok) return before;
      if (before.value === 'published') continue;
      const done = await publishFile(dir, record.sequence, file);
      if (done.ok) {
        if (before.value === 'staged') result.published++;
      } else if (done.error.kind === 'missing-file') result.missing.push({ sequence: record.sequence, path: file.path });
      else return done;
    }
  }
  return ok(result);
}
