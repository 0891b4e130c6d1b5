/**
 * mulberry32: a 32-bit PRNG with a full period over its state, enough for the mock's coin flips
 * (injected faults, channel drops). Seeded from the world's seed, so a run that failed on a fault
 * can be repeated with the same sequence of faults.
 */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
