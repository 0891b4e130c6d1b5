/**
 * DIR/_lake/staging/<attemptId>/attempt.json: written first when an attempt opens, so a staging
 * folder left by a killed process still says whose it was (verify lists it as orphaned).
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { z } from 'zod';
import { FORMAT_VERSION, attemptDir, lakeId, shareId } from './layout';

export const attemptMarker = z.object({
  format: z.literal(FORMAT_VERSION),
  runId: lakeId,
  share: shareId.nullable(),
  attemptId: lakeId,
  host: z.string(),
  pid: z.int(),
  startedAt: z.iso.datetime(),
});
export type AttemptMarker = z.infer<typeof attemptMarker>;

export const markerPath = (dir: string, attemptId: string): string => join(attemptDir(dir, attemptId), 'attempt.json');

/** The marker, or null when it is missing or unreadable (the attempt died before writing it). */
export async function readAttemptMarker(dir: string, attemptId: string): Promise<AttemptMarker | null> {
  try {
    const parsed = attemptMarker.safeParse(JSON.parse(await readFile(markerPath(dir, attemptId), 'utf8')));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}
