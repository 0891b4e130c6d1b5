/**
 * Behaviour-defining constants of the PI HTTP client (STYLE §11): one place to tune them.
 * Timeouts are explicit because undici's 300 s defaults would hide a hung server for minutes.
 */
import type { RetryPolicy } from './types';

/** Requests in flight per origin; DESIGN §9 measured 4-8 as the sweet spot for the client's CPU. */
export const DEFAULT_CONNECTIONS = 8;
export const DEFAULT_CONNECT_TIMEOUT_MS = 10_000;
/** PI buffers a whole batch before answering, so the first header byte can take a while. */
export const DEFAULT_HEADERS_TIMEOUT_MS = 120_000;
/** Longest silence between two body chunks. */
export const DEFAULT_BODY_TIMEOUT_MS = 60_000;
/** Idle keep-alive sockets are dropped after this; a reused socket the server closed surfaces as a retried reset. */
export const KEEP_ALIVE_TIMEOUT_MS = 10_000;
export const DEFAULT_USER_AGENT = 'pi-connector-demo/0.1 (undici)';

export const DEFAULT_RETRY_POLICY: Readonly<RetryPolicy> = {
  maxAttempts: 6,
  baseDelayMs: 100,
  maxDelayMs: 10_000,
  maxRetryAfterMs: 30_000,
};

/**
 * Attempts (not retries) for failures that usually mean "wrong address or server down":
 * a couple of tries ride out a restart; more would only delay the clear error.
 */
export const FEW_ATTEMPTS = 3;
