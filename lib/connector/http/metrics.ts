/** Counters of one PiClient; mutable so strategies can add their own sub-request retries. */
import type { ClientMetrics } from './types';

export function createMetrics(): ClientMetrics {
  return { requests: 0, bytes: 0, wireBytes: 0, retries: 0, retriesByReason: {}, failures: 0 };
}

/** Counts one retry under `reason` (e.g. `status-503`, `ECONNRESET`). */
export function recordRetry(metrics: ClientMetrics, reason: string): void {
  metrics.retries += 1;
  metrics.retriesByReason[reason] = (metrics.retriesByReason[reason] ?? 0) + 1;
}
