/**
 * Where a partitioned run's shares run (DESIGN §5b): local child processes by default, BullMQ
 * workers on any machine when REDIS_URL is set. Chosen and checked once when the run starts, so
 * an unreachable Redis fails the run at once with a message naming REDIS_URL instead of a hang.
 * Every mode gets a fresh lake directory: its shares publish there (a retried share never lands
 * twice) and the dashboard loads the committed shares into bronze, which only it writes.
 */
import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { z } from 'zod';
import { err, ok, type Result } from '../result';
import { checkRedis, parseRedisUrl, runLocalShares, runQueuedShares, type ShareOutcome, type ChildCredentials, type ShareJobData, type ShareProgress } from '../workers';
import type { RunFailure } from './run-failure';

const sharesEnv = z.object({
  REDIS_URL: z.string().optional(),
  /** Where mode lakes go: a folder every worker mounts at the same path when shares run on Redis. */
  LAKE_DIR: z.string().min(1).optional(),
});

export interface SharesRun {
  job: Omit<ShareJobData, 'share'>;
  shares: number;
  signal: AbortSignal;
  /** For local children only: BullMQ workers take credentials from their own environment. */
  credentials: ChildCredentials;
  onStarting(share: number, worker: string | null, attempt: number): void;
  onProgress(share: number, progress: ShareProgress): void;
  onRetry(share: number, reason: string): void;
}

export interface ShareExecutor {
  kind: 'local-processes' | 'bullmq';
  /** The folder mode lakes are made in. */
  lakeRoot: string;
  run(run: SharesRun): Promise<Result<ShareOutcome[], string>>;
}

/** A fresh lake folder for one mode of one run; removed once its shares are loaded into bronze. */
export async function newModeLake(executor: ShareExecutor, runId: string, mode: string): Promise<{ dir: string; remove(): Promise<void> }> {
  const parent = path.join(executor.lakeRoot, 'dashboard-runs');
  await mkdir(parent, { recursive: true });
  const dir = await mkdtemp(path.join(parent, `${runId}-${mode}-`));
  return { dir, remove: () => rm(dir, { recursive: true, force: true }) };
}

/** Deliveries of a share before it is named in the run's error. */
export const SHARE_ATTEMPTS = 3;

export async function openShareExecutor(env: Readonly<Record<string, string | undefined>>): Promise<Result<ShareExecutor, RunFailure>> {
  const parsed = sharesEnv.safeParse(Object.fromEntries(Object.entries(env).filter(([, v]) => v !== '')));
  if (!parsed.success) return err({ code: 'invalid_environment', message: z.prettifyError(parsed.error) });
  const { REDIS_URL, LAKE_DIR } = parsed.data;
  if (REDIS_URL === undefined) {
    return ok({
      kind: 'local-processes',
      lakeRoot: path.resolve(LAKE_DIR ?? path.join(tmpdir(), 'pi-dashboard-lakes')),
      run: (r) =>
        runLocalShares({
          job: r.job,
          shares: r.shares,
          attempts: SHARE_ATTEMPTS,
          credentials: r.credentials,
          signal: r.signal,
          onSpawn: (share, attempt, pid) => r.onStarting(share, `local:${pid}`, attempt),
          onAttemptFailed: (share, _attempt, reason, willRetry) => {
            if (willRetry) r.onRetry(share, reason);
          },
          onProgress: r.onProgress,
        }),
    });
  }
  const target = parseRedisUrl(REDIS_URL);
  if (!target.ok) return err({ code: 'redis_unreachable', message: `Partitions run on Redis because REDIS_URL is set, but ${target.error}` });
  const reachable = await checkRedis(target.value);
  if (!reachable.ok) return err({ code: 'redis_unreachable', message: `Partitions run on Redis because REDIS_URL is set: ${reachable.error}` });
  return ok({
    kind: 'bullmq',
    // Workers on other machines open the lake at this path: it must be a shared mount there too.
    lakeRoot: path.resolve(LAKE_DIR ?? path.join('data', 'lake')),
    run: (r) =>
      runQueuedShares({
        connection: target.value.options,
        job: r.job,
        shares: r.shares,
        attempts: SHARE_ATTEMPTS,
        signal: r.signal,
        onProgress: r.onProgress,
        onRetry: r.onRetry,
      }),
  });
}

export type { ShareOutcome };
