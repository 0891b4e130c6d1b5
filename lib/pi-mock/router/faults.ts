/**
 * Injected faults (DESIGN §3): a share of requests answered 503 or 429 with Retry-After. The
 * coin is seeded by the world's seed, so the n-th request a world sees fails (or not) the same
 * way in every run: a test or demo that hit a fault can be run again and hit it again.
 */
import { piErrorResponse } from '../http/json-response';
import type { MockResponse } from '../http/types';
import { seededRandom } from '../seeded-random';
import type { MockWorld } from '../world';

/** Keeps the fault sequence apart from other draws seeded by the same world seed. */
const FAULT_SALT = 0x0fa0_17ed;

/** One coin per world, made on the world's first request; a new world (tier switch) starts a new sequence. */
const coins = new WeakMap<MockWorld, () => number>();

function faultCoin(world: MockWorld): () => number {
  let coin = coins.get(world);
  if (coin === undefined) {
    coin = seededRandom(world.options.seed ^ FAULT_SALT);
    coins.set(world, coin);
  }
  return coin;
}

/** Decides per request (or batch sub-request) whether it fails; null when it goes through. */
export function injectFault(world: MockWorld): MockResponse | null {
  const { faultRate, faultRetryAfterSeconds } = world.options;
  if (faultRate <= 0) return null;
  const coin = faultCoin(world);
  if (coin() >= faultRate) return null;
  const headers = { 'Retry-After': String(faultRetryAfterSeconds) };
  return coin() < 0.5
    ? piErrorResponse(429, ['Rate limit was reached.'], headers)
    : piErrorResponse(503, ['The service is temporarily unavailable (fault injected by the mock).'], headers);
}
