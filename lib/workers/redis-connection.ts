/**
 * REDIS_URL to BullMQ connection options, and a check that Redis answers before anything waits on
 * it: ioredis retries forever by default, so an unreachable Redis would be a silent hang and a
 * flood of reconnect errors instead of one clear message.
 */
import { Redis, type RedisOptions } from 'ioredis';
import { z } from 'zod';
import { err, ok, type Result } from '../result';

const redisUrl = z.url({ protocol: /^rediss?$/, message: 'REDIS_URL: expected redis://host:port[/db] or rediss://...' });

export interface RedisTarget {
  url: string;
  options: RedisOptions;
}

export function parseRedisUrl(raw: string | undefined): Result<RedisTarget, string> {
  if (raw === undefined || raw === '') return err('REDIS_URL is not set: it names the Redis that holds the share jobs, e.g. redis://127.0.0.1:6379');
  const parsed = redisUrl.safeParse(raw);
  if (!parsed.success) return err(parsed.error.issues[0]?.message ?? 'REDIS_URL is not a URL');
  const url = new URL(parsed.data);
  const db = url.pathname.length > 1 ? Number(url.pathname.slice(1)) : 0;
  if (!Number.isInteger(db) || db < 0) return err(`REDIS_URL: '${url.pathname.slice(1)}' is not a database number`);
  const options: RedisOptions = {
    host: url.hostname.replace(/^\[|\]$/g, ''),
    port: url.port === '' ? 6379 : Number(url.port),
    db,
    ...(url.username ? { username: decodeURIComponent(url.username) } : {}),
    ...(url.password ? { password: decodeURIComponent(url.password) } : {}),
    ...(url.protocol === 'rediss:' ? { tls: {} } : {}),
    // BullMQ's blocking commands need it (a worker would otherwise throw on a slow Redis).
    maxRetriesPerRequest: null,
  };
  // Never echo a password in messages: the URL shown is without it.
  url.password = '';
  return ok({ url: url.toString(), options });
}

/** One PING with a deadline and no retries; the error says which Redis and why. */
export async function checkRedis(target: RedisTarget, timeoutMs = 5_000): Promise<Result<void, string>> {
  const probe = new Redis({ ...target.options, lazyConnect: true, maxRetriesPerRequest: 0, enableOfflineQueue: false, retryStrategy: () => null, connectTimeout: timeoutMs });
  let lastError: string | null = null;
  probe.on('error', (e: Error & { code?: string }) => {
    lastError = e.code ?? e.message;
  });
  try {
    await probe.connect();
    await probe.ping();
    return ok(undefined);
  } catch (e) {
    const code = (e as { code?: unknown }).code;
    return err(`Redis at ${target.url} does not answer (${typeof code === 'string' ? code : (lastError ?? (e as Error).message)}): start redis-server or fix REDIS_URL`);
  } finally {
    probe.disconnect();
  }
}
