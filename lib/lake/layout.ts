/**
 * Where everything lives in a lake directory (DESIGN §5). Table folders hold only published,
 * committed files; everything in flight sits under `_lake/`, which readers never glob (Spark
 * and Auto Loader also skip folders starting with `_`).
 *
 *   DIR/pi_timeseries/date=YYYY-MM-DD/<stem>-<n>.parquet
 *   DIR/pi_af_hierarchy/<stem>-<n>.parquet
 *   DIR/pi_event_frames/<stem>-<n>.parquet
 *   DIR/_lake/commits/<20-digit sequence>.json      one record per committed share
 *   DIR/_lake/staging/<attemptId>/attempt.json       who owns this folder
 *   DIR/_lake/staging/<attemptId>/<final path>       a staged file, published by rename
 */
import { join } from 'node:path';
import { z } from 'zod';

export const TABLES = ['pi_timeseries', 'pi_af_hierarchy', 'pi_event_frames'] as const;
export type LakeTable = (typeof TABLES)[number];

export const FORMAT_VERSION = 1;
const SEQUENCE_DIGITS = 20;

// Ids become parts of file names, so they are restricted to characters safe on every filesystem
// and object store, and cannot contain a path separator or `..`.
const idPattern = /^[A-Za-z0-9][A-Za-z0-9_.-]{0,99}$/;
export const lakeId = z.string().regex(idPattern, 'letters, digits, _ . - only (1-100, no leading punctuation)');

/** Same convention as `--partition i/N` (lib/connector/partition.ts): index is 1-based. */
export const shareId = z
  .object({ index: z.int().min(1), count: z.int().min(1) })
  .refine((s) => s.index <= s.count, 'index must be between 1 and count');
export type ShareId = z.infer<typeof shareId>;

export const commitsDir = (dir: string): string => join(dir, '_lake', 'commits');
export const stagingRoot = (dir: string): string => join(dir, '_lake', 'staging');
export const attemptDir = (dir: string, attemptId: string): string => join(stagingRoot(dir), attemptId);

export function recordFileName(sequence: number): string {
  return `${String(sequence).padStart(SEQUENCE_DIGITS, '0')}.json`;
}

export const recordFilePattern = /^(\d{20})\.json$/;

/** `<runId>-s<i>of<N>-<attemptId>`: unique per run, share and attempt (DESIGN §5). */
export function fileStem(runId: string, share: ShareId | null, attemptId: string): string {
  return `${runId}-${share ? `s${share.index}of${share.count}` : 'all'}-${attemptId}`;
}

/** The path a file has once published, relative to DIR. `date` only for pi_timeseries. */
export function finalRelativePath(table: LakeTable, fileName: string, date?: string): string {
  return table === 'pi_timeseries' ? `${table}/date=${date ?? ''}/${fileName}` : `${table}/${fileName}`;
}

export function stagedRelativePath(attemptId: string, finalPath: string): string {
  return `_lake/staging/${attemptId}/${finalPath}`;
}

const fileName = '[A-Za-z0-9][A-Za-z0-9_.-]*\\.parquet';
/** A published path a record may name: only inside a table folder, never `..` or absolute. */
export const finalPathPattern = new RegExp(`^(pi_timeseries/date=\\d{4}-\\d{2}-\\d{2}|pi_af_hierarchy|pi_event_frames)/${fileName}$`);

/** UTC calendar date of epoch milliseconds, the Hive partition value. */
export function utcDate(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}
