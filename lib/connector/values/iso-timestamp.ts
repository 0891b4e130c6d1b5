/**
 * PI output timestamps (`2024-01-01T00:00:00Z`, optional 1-7 fractional digits) -> epoch ms,
 * validating the format as pi-contract's `piTimestamp` does. A window repeats the same few
 * timestamps across thousands of streams, so parsed strings are cached.
 */
const cache = new Map<string, number>();
const CACHE_LIMIT = 200_000;
const ISO_RE = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})(?:\.(\d{1,7}))?Z$/;

/** NaN when the string is not a PI timestamp. */
export function parseIsoTimestampMs(text: string): number {
  const hit = cache.get(text);
  if (hit !== undefined) return hit;
  const m = ISO_RE.exec(text);
  if (!m) return Number.NaN;
  // Whole milliseconds, like Date.parse: bronze keeps ms precision.
  const fraction = m[7] ? Number(m[7].padEnd(3, '0').slice(0, 3)) : 0;
  const ms = Date.UTC(+m[1]!, +m[2]! - 1, +m[3]!, +m[4]!, +m[5]!, +m[6]!) + fraction;
  if (cache.size >= CACHE_LIMIT) cache.clear();
  cache.set(text, ms);
  return ms;
}
