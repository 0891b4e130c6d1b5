/**
 * Opens an attempt's place in the lake: the lake's folders, and a staging folder that is this
 * attempt's alone. mkdir of the attempt folder is exclusive, so two processes given the same
 * attempt id cannot share (and later delete) one folder.
 */
import { mkdir } from 'node:fs/promises';
import { hostname } from 'node:os';
import { err, ok, type Result } from '../result';
import { type AttemptMarker, markerPath } from './attempt-marker';
import { errnoCode, ioError, type LakeError } from './errors';
import { writeNewFileSynced } from './fs-steps';
import { FORMAT_VERSION, attemptDir, commitsDir, stagingRoot, type ShareId } from './layout';

export async function openAttempt(dir: string, runId: string, share: ShareId | null, attemptId: string): Promise<Result<void, LakeError>> {
  for (const path of [commitsDir(dir), stagingRoot(dir)]) {
    try {
      await mkdir(path, { recursive: true });
    } catch (error) {
      return err(ioError(path, error));
    }
  }
  const own = attemptDir(dir, attemptId);
  try {
    await mkdir(own);
  } catch (error) {
    return errnoCode(error) === 'EEXIST' ? err({ kind: 'attempt-exists', attemptId, path: own }) : err(ioError(own, error));
  }
  const marker: AttemptMarker = { format: FORMAT_VERSION, runId, share, attemptId, host: hostname(), pid: process.pid, startedAt: new Date().toISOString() };
  const written = await writeNewFileSynced(markerPath(dir, attemptId), `${JSON.stringify(marker)}\n`);
  return written.ok ? ok(undefined) : written;
}
