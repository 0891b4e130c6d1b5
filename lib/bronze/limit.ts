/** Row limits from callers (often a query string) clamped to a whole number in [0, max]. */
export function clampLimit(limit: number, max = 10_000): number {
  return Math.max(0, Math.min(max, Math.floor(Number.isFinite(limit) ? limit : 0)));
}
