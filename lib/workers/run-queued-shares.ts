/**
 * `--partition queue/N`: enqueues N share jobs, follows their progress, waits for every one to
 * finish (after BullMQ's retries) and answers what each did and who did it. Any number of
 * `npm run worker` processes, on any machines, take the jobs.
 */
import { Queue, QueueEvents } from 'bullmq';
import type { RedisOptions } from 'ioredis';
import { err, ok, type Result } from '../result';
import { SHARE_QUEUE, shareJobId, shareJobResult, shareName, shareProgress, type ShareJobData, type ShareJobResult, type ShareProgress } from './share-job';

export interface QueuedRunOptions {
  connection: RedisOptions;
  /** The job of every share but its `share`. */
  job: Omit<ShareJobData, 'share'>;
  shares: number;
  /** Deliveries of a failing share before it is reported failed (BullMQ attempts). */
  attempts?: number;
  /** First retry delay; doubles each time. */
  backoffMs?: number;
  /** How long no worker may have taken a job before the caller hears about it (and again after as long). */
  idleNoticeMs?: number;
  onProgress?: (share: number, progress: ShareProgress) => void;
  /** A delivery of `share` ended without landing it (failed, or its worker stalled); BullMQ delivers it again. */
  onRetry?: (share: number, reason: string) => void;
  onNotice?: (line: string) => void;
  /**
   * Stops waiting: shares no worker has taken are removed from the queue; shares in hand finish on
   * their workers (BullMQ cancels only from the worker's own process) into a lake nobody loads.
   */
  signal?: AbortSignal;
}

const STOPPED = 'the run was stopped';

/** Resolves when `signal` aborts (never, without one); the cleanup detaches the listener. */
function whenAborted(signal: AbortSignal | undefined): { promise: Promise<'aborted'>; dispose: () => void } {
  let dispose = () => {};
  const promise = new Promise<'aborted'>((resolve) => {
    if (!signal) return;
    if (signal.aborted) return resolve('aborted');
    const onAbort = () => resolve('aborted');
    signal.addEventListener('abort', onAbort, { once: true });
    dispose = () => signal.removeEventListener('abort', onAbort);
  });
  return { promise, dispose };
}

export interface ShareOutcome {
  share: number;
  name: string;
  state: 'completed' | 'failed';
  attempts: number;
  result: ShareJobResult | null;
  failedReason: string | null;
}

export async function runQueuedShares(options: QueuedRunOptions): Promise<Result<ShareOutcome[], string>> {
  const queue = new Queue(SHARE_QUEUE, { connection: options.connection });
  const events = new QueueEvents(SHARE_QUEUE, { connection: options.connection });
  const notice = options.onNotice ?? (() => {});
  let started = false;
  let idleTimer: NodeJS.Timeout | undefined;
  try {
    await events.waitUntilReady();
    const count = options.shares;
    const shareOf = new Map<string, number>();
    const jobs = await queue.addBulk(
      Array.from({ length: count }, (_, i) => {
        const share = { index: i + 1, count };
        const jobId = shareJobId(options.job.runId, share);
        shareOf.set(jobId, share.index);
        return {
          name: shareName(share),
          data: { ...options.job, share } satisfies ShareJobData,
          opts: { jobId, attempts: options.attempts ?? 3, backoff: { type: 'exponential', delay: options.backoffMs ?? 2_000 } },
        };
      }),
    );
    events.on('active', () => {
      started = true;
    });
    events.on('progress', ({ jobId, data }) => {
      const share = shareOf.get(jobId);
      const progress = shareProgress.safeParse(data);
      if (share !== undefined && progress.success) options.onProgress?.(share, progress.data);
    });
    // A failed attempt with attempts left is moved to delayed (its backoff); a dead worker's share is 'stalled'.
    events.on('delayed', ({ jobId }) => {
      const share = shareOf.get(jobId);
      if (share === undefined || !options.onRetry) return;
      void queue.getJob(jobId).then((job) => options.onRetry?.(share, job?.failedReason ?? 'the attempt failed'), () => undefined);
    });
    events.on('stalled', ({ jobId }) => {
      const share = shareOf.get(jobId);
      if (share !== undefined) options.onRetry?.(share, 'its worker stopped renewing the lock (stalled); another worker takes it');
    });
    const idleMs = options.idleNoticeMs ?? 10_000;
    idleTimer = setInterval(() => {
      if (!started) notice(`${count} shares queued on ${SHARE_QUEUE}; no worker has taken one yet: start \`npm run worker\` with this REDIS_URL`);
    }, idleMs);
    const finished = Promise.all(
      jobs.map(async (job, i): Promise<ShareOutcome> => {
        const share = i + 1;
        const name = shareName({ index: share, count });
        try {
          const value = shareJobResult.parse(await job.waitUntilFinished(events));
          const fresh = await queue.getJob(job.id ?? '');
          return { share, name, state: 'completed', attempts: (fresh?.attemptsMade ?? 0) || value.attempt, result: value, failedReason: null };
        } catch (error) {
          const fresh = await queue.getJob(job.id ?? '');
          const reason = fresh?.failedReason ?? (error instanceof Error ? error.message : String(error));
          return { share, name, state: 'failed', attempts: fresh?.attemptsMade ?? 0, result: null, failedReason: reason };
        }
      }),
    );
    const aborted = whenAborted(options.signal);
    try {
      const first = await Promise.race([finished, aborted.promise]);
      if (first !== 'aborted') return ok(first);
    } finally {
      aborted.dispose();
    }
    finished.catch(() => undefined);
    // Jobs not yet taken go; remove() refuses a job a worker holds (it finishes there).
    await Promise.all(jobs.map((job) => job.remove().catch(() => undefined)));
    return ok(jobs.map((_, i): ShareOutcome => ({ share: i + 1, name: shareName({ index: i + 1, count }), state: 'failed', attempts: 0, result: null, failedReason: STOPPED })));
  } catch (error) {
    return err(`the share queue failed: ${error instanceof Error ? error.message : String(error)}`);
  } finally {
    if (idleTimer) clearInterval(idleTimer);
    await events.close();
    await queue.close();
  }
}
