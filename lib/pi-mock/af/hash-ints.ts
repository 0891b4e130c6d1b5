/**
 * A pure 32-bit hash of a few integers (murmur3's finaliser applied per input). Every choice in the
 * AF tree and the event frames goes through it, so two worlds with the same inputs are identical.
 */
export function hashInts(...values: number[]): number {
  let h = 0x9e3779b9;
  for (const v of values) {
    h ^= Math.imul((v | 0) ^ ((v / 0x1_0000_0000) | 0), 0xcc9e2d51);
    h = Math.imul((h << 13) | (h >>> 19), 5) + 0xe6546b64;
    h ^= h >>> 16;
    h = Math.imul(h, 0x85ebca6b);
    h ^= h >>> 13;
    h = Math.imul(h, 0xc2b2ae35);
    h ^= h >>> 16;
  }
  return h >>> 0;
}

/** Uniform in [0, 1) from the same inputs. */
export function hashUnit(...values: number[]): number {
  return hashInts(...values) / 0x1_0000_0000;
}

/** Uniform integer in [0, n). */
export function hashPick(n: number, ...values: number[]): number {
  return Math.floor(hashUnit(...values) * n);
}
