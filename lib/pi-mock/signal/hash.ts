/**
 * 32-bit integer hashing for the value generator: Math.imul only, fixed arity (no rest arguments),
 * so V8 inlines it and nothing is allocated per value (DESIGN §9: ~60 ns/value). The mixing step
 * is murmur3's finaliser, which spreads one changed input bit over all output bits. Every hash is
 * a signed int32: values above 2^31 would be boxed as heap numbers when a call is not inlined.
 */

/** murmur3 fmix32, a bijection on 32-bit integers with full avalanche. */
export function fmix32(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  return h ^ (h >>> 16);
}

/**
 * Hash h extended by one more integer. Only its low 32 bits count (ToInt32), so grid seconds repeat
 * their randomness every 136 years: no division per value, and still deterministic.
 */
export function extend(h: number, v: number): number {
  return fmix32(Math.imul(h ^ v, 0xcc9e2d51));
}

/** Hash of (seed, a). */
export function hash2(seed: number, a: number): number {
  return extend(fmix32(seed ^ 0x9e3779b9), a);
}

/** A hash as a uniform number in [0, 1). */
export function toUnit(h: number): number {
  return (h >>> 0) / 0x1_0000_0000;
}

/** A hash as a uniform number in [-1, 1). */
export function toSigned(h: number): number {
  return (h | 0) / 0x8000_0000;
}

/** True with probability threshold / 2^32 (threshold an unsigned 32-bit integer). */
export function below(h: number, threshold: number): boolean {
  return h >>> 0 < threshold;
}
