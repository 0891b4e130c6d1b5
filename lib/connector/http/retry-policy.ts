/**
 * Which HTTP statuses are worth another attempt, and how long to wait before it. Exported so the
 * batch strategy retries failed sub-requests with the very same rules (DESIGN §8).
 */
import type { RetryPolicy } from './types';

export type StatusClass = 'ok' | 'retry' | 'unauthorized' | 'fail';

/** Transient by nature: timeouts, rate limit, server or proxy trouble (contract §1.4, §10.3 rule 6). */
const RETRYABLE_STATUSES: ReadonlySet<number> = new Set([408, 429, 500, 502, 503, 504]);

/**
 * 2xx (207 included) is 'ok'; 401/403 are 'unauthorized' (the HTTP client downgrades a 403 on a
 * non-GET to 'fail', since there it may be CSRF); everything else, 3xx included (undici does not
 * follow redirects, and a PI redirect usually means a login page), is 'fail'.
 */
export function classifyStatus(status: number): StatusClass {
  if (status >= 200 && status < 300) return 'ok';
  if (RETRYABLE_STATUSES.has(status)) return 'retry';
  if (status === 401 || status === 403) return 'unauthorized';
  return 'fail';
}

/**
 * Retry-After as milliseconds from `nowMs`: delta-seconds or an HTTP date (RFC 9110 §10.2.3).
 * Undefined when absent or unparseable; a date in the past gives 0.
 */
export function parseRetryAfterMs(header: string | undefined, nowMs: number = Date.now()): number | undefined {
  if (header === undefined) return undefined;
  const text = header.trim();
  if (/^\d+$/.test(text)) return Number(text) * 1000;
  // HTTP dates always name a day and month; without a letter V8 would read '-1' or '1.5' as years.
  if (!/[a-z]/i.test(text)) return undefined;
  const atMs = Date.parse(text);
  if (Number.isNaN(atMs)) return undefined;
  return Math.max(0, atMs - nowMs);
}

/**
 * Delay before retry number `attempt` (1 = first retry). With a usable Retry-After it is that
 * delay, capped at maxRetryAfterMs; otherwise "full jitter": uniform in [0, min(maxDelayMs,
 * baseDelayMs * 2^(attempt-1))], which spreads many clients' retries instead of synchronising them.
 */
export function backoffDelayMs(
  attempt: number,
  policy: RetryPolicy,
  retryAfterHeader?: string,
  random: () => number = Math.random,
  nowMs: number = Date.now(),
): number {
  const retryAfterMs = parseRetryAfterMs(retryAfterHeader, nowMs);
  if (retryAfterMs !== undefined) return Math.min(retryAfterMs, policy.maxRetryAfterMs);
  const exponent = Math.max(0, Math.floor(attempt) - 1);
  const capMs = Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** exponent);
  return Math.round(random() * capMs);
}
