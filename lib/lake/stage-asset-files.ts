/**
 * Writes the attempt's AF elements and event frames into its staging folder. Called again only
 * when the commit dropped rows another commit already holds; the earlier files (its own) go.
 */
import { mkdir } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import type { DuckDBConnection } from '@duckdb/node-api';
import { err, ok, type Result } from '../result';
import type { CommittedFile } from './commit-record';
import { ioError, type LakeError } from './errors';
import { removeOwnFile } from './fs-steps';
import { finalRelativePath, stagedRelativePath, type LakeTable } from './layout';
import type { StagedAssets } from './staged-assets';
import { writeAfFile, writeEventFrameFile } from './write-asset-files';

export async function stageAssetFiles(
  conn: DuckDBConnection,
  dir: string,
  attemptId: string,
  assets: StagedAssets,
  previous: readonly CommittedFile[],
  nextFileName: () => string,
): Promise<Result<CommittedFile[], LakeError>> {
  for (const file of previous) {
    const removed = await removeOwnFile(join(dir, file.stagedPath));
    if (!removed.ok) return removed;
  }
  const source = assets.source;
  if (source === null) return ok([]);
  const files: CommittedFile[] = [];
  const write = async (table: LakeTable, count: number, run: (target: string) => ReturnType<typeof writeAfFile>): Promise<Result<void, LakeError>> => {
    if (count === 0) return ok(undefined);
    const path = finalRelativePath(table, nextFileName());
    const stagedPath = stagedRelativePath(attemptId, path);
    const target = join(dir, stagedPath);
    try {
      await mkdir(dirname(target), { recursive: true });
    } catch (error) {
      return err(ioError(dirname(target), error));
    }
    const written = await run(target);
    if (!written.ok) return written;
    files.push({ table, path, stagedPath, rows: written.value.rows, bytes: written.value.bytes });
    return ok(undefined);
  };
  const af = await write('pi_af_hierarchy', assets.af.size, (t) => writeAfFile(conn, t, source, [...assets.af.values()]));
  if (!af.ok) return af;
  const ef = await write('pi_event_frames', assets.eventFrames.size, (t) => writeEventFrameFile(conn, t, source, [...assets.eventFrames.values()]));
  if (!ef.ok) return ef;
  return ok(files);
}
