/**
 * `npm run worker`: takes share jobs from the Redis in REDIS_URL until SIGINT/SIGTERM, on any
 * machine that mounts the lake at the path the jobs name. Credentials for the PI Web API come from
 * this machine's environment (PI_USER / PI_PASSWORD or PI_TOKEN).
 */
import { hostname } from 'node:os';
import { z } from 'zod';
import { checkRedis, parseRedisUrl } from './redis-connection';
import { startShareWorker } from './share-worker';

const workerEnv = z.object({
  WORKER_NAME: z.string().min(1).optional(),
  /** How long a share is held without a lock renewal before another worker may take it (BullMQ's lockDuration). */
  WORKER_LOCK_MS: z.coerce.number().int().min(1_000).default(30_000),
  WORKER_STALLED_INTERVAL_MS: z.coerce.number().int().min(500).default(30_000),
});

/** Reconnect errors repeat every few hundred ms while Redis is away: one line per this period. */
const ERROR_LOG_EVERY_MS = 10_000;

async function main(): Promise<number> {
  const target = parseRedisUrl(process.env.REDIS_URL);
  if (!target.ok) {
    console.error(target.error);
    return 2;
  }
  const env = workerEnv.safeParse(Object.fromEntries(Object.entries(process.env).filter(([, v]) => v !== '')));
  if (!env.success) {
    console.error(z.prettifyError(env.error));
    return 2;
  }
  const reachable = await checkRedis(target.value);
  if (!reachable.ok) {
    console.error(reachable.error);
    return 1;
  }
  const name = env.data.WORKER_NAME ?? `${hostname()}:${process.pid}`;
  const worker = startShareWorker({
    connection: target.value.options,
    name,
    lockDurationMs: env.data.WORKER_LOCK_MS,
    stalledIntervalMs: env.data.WORKER_STALLED_INTERVAL_MS,
    onEvent: (line) => console.error(`[worker ${name}] ${line}`),
  });
  let lastErrorAt = 0;
  worker.on('error', (error) => {
    if (Date.now() - lastErrorAt < ERROR_LOG_EVERY_MS) return;
    lastErrorAt = Date.now();
    console.error(`[worker ${name}] ${error.message}`);
  });
  console.error(`[worker ${name}] waiting for share jobs on ${target.value.url}`);
  await new Promise<void>((resolve) => {
    process.once('SIGINT', () => resolve());
    process.once('SIGTERM', () => resolve());
  });
  console.error(`[worker ${name}] stopping: the share in hand finishes first`);
  await worker.close();
  return 0;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
