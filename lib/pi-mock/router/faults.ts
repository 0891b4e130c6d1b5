/** Injected faults (DESIGN §3): a share of requests answered 503 or 429 with Retry-After. */
import { piErrorResponse } from '../http/json-response';
import type { MockResponse } from '../http/types';
import type { MockWorld } from '../world';

/** Decides per request (or batch sub-request) whether it fails; null when it goes through. */
export function injectFault(world: MockWorld, random: () => number = Math.random): MockResponse | null {
  const { faultRate, faultRetryAfterSeconds } = world.options;
  if (faultRate <= 0 || random() >= faultRate) return null;
  const headers = { 'Retry-After': String(faultRetryAfterSeconds) };
  return random() < 0.5
    ? piErrorResponse(429, ['Rate limit was reached.'], headers)
    : piErrorResponse(503, ['The service is temporarily unavailable (fault injected by the mock).'], headers);
}
