/**
 * A BullMQ worker taking share jobs, one at a time (a share keeps a core busy). BullMQ's lock and
 * stalled-job check hand the share of a worker that died to another one; the lake makes the
 * second delivery commit exactly what the first did not.
 */
import { hostname } from 'node:os';
import { UnrecoverableError, Worker, type Job } from 'bullmq';
import type { RedisOptions } from 'ioredis';
import { runShare } from './run-share';
import { SHARE_QUEUE, shareJobData, shareName, type ShareJobResult } from './share-job';

export interface ShareWorkerOptions {
  connection: RedisOptions;
  /** Shown in results and progress; default `<host>:<pid>`. */
  name?: string;
  /** How long a share is held without a lock renewal before another worker may take it. */
  lockDurationMs?: number;
  stalledIntervalMs?: number;
  env?: Readonly<Record<string, string | undefined>>;
  onEvent?: (line: string) => void;
}

export function startShareWorker(options: ShareWorkerOptions): Worker<unknown, ShareJobResult> {
  const name = options.name ?? `${hostname()}:${process.pid}`;
  const log = options.onEvent ?? (() => {});
  const worker = new Worker<unknown, ShareJobResult>(
    SHARE_QUEUE,
    async (job: Job<unknown, ShareJobResult>) => {
      const data = shareJobData.safeParse(job.data);
      // A job this worker cannot read is not retried: another delivery would not read it either.
      if (!data.success) throw new UnrecoverableError(`job ${job.id ?? '?'} is not a share job: ${data.error.issues[0]?.message ?? 'invalid'}`);
      const attempt = job.attemptsMade + 1;
      log(`${shareName(data.data.share)} of ${data.data.runId}: attempt ${attempt}`);
      const result = await runShare(data.data, {
        worker: name,
        attempt,
        env: options.env ?? process.env,
        onProgress: (p) => void job.updateProgress(p).catch(() => undefined),
      });
      if (result.ok && result.value.failedTags.length > 0) {
        // Another attempt reads only these tags again (the rest is covered): worth retrying.
        const named = result.value.failedTags.slice(0, 3).map((t) => `${t.name} (${t.reason})`).join('; ');
        const message = `${shareName(data.data.share)}: ${result.value.failedTags.length} tags failed: ${named}`;
        log(message);
        throw new Error(message);
      }
      if (result.ok) {
        log(`${shareName(data.data.share)}: ${result.value.points} values, ${result.value.tags} tags in ${Math.round(result.value.elapsedMs)} ms`);
        return result.value;
      }
      log(`${shareName(data.data.share)}: ${result.error.message}`);
      if (result.error.kind === 'refused') throw new UnrecoverableError(result.error.message);
      throw new Error(result.error.message);
    },
    {
      connection: options.connection,
      concurrency: 1,
      ...(options.lockDurationMs ? { lockDuration: options.lockDurationMs } : {}),
      ...(options.stalledIntervalMs ? { stalledInterval: options.stalledIntervalMs } : {}),
      // Finished jobs stay a day for whoever enqueued them to read, then go.
      removeOnComplete: { age: 86_400 },
      removeOnFail: { age: 86_400 },
    },
  );
  return worker;
}
