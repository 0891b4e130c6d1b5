/**
 * Covered-interval algebra for checkpoints (DESIGN §5): per tag, the closed time intervals whose
 * values are already landed. A window is read only where it is not covered, so the pieces a
 * window still needs are open where they touch a covered interval (that instant is landed).
 */

/** A closed interval of epoch milliseconds: startMs <= ts <= endMs. */
export interface Interval {
  startMs: number;
  endMs: number;
}

/** A piece of a window still to read; an open end excludes that instant (already covered). */
export interface Gap extends Interval {
  startOpen: boolean;
  endOpen: boolean;
}

/**
 * Sorted, disjoint union of `intervals`. Intervals that overlap or share an endpoint merge;
 * ones a millisecond apart do not (PI timestamps are finer than a millisecond, so the instant
 * between them may hold a value nobody has read).
 */
export function mergeIntervals(intervals: readonly Interval[]): Interval[] {
  const sorted = intervals.filter((i) => i.startMs <= i.endMs).sort((a, b) => a.startMs - b.startMs || a.endMs - b.endMs);
  const merged: Interval[] = [];
  for (const next of sorted) {
    const last = merged[merged.length - 1];
    if (last && next.startMs <= last.endMs) last.endMs = Math.max(last.endMs, next.endMs);
    else merged.push({ startMs: next.startMs, endMs: next.endMs });
  }
  return merged;
}

/** The parts of the closed `window` that no interval of `covered` (merged, sorted) holds. */
export function uncoveredParts(window: Interval, covered: readonly Interval[]): Gap[] {
  const gaps: Gap[] = [];
  let cursor = window.startMs;
  let cursorOpen = false;
  for (const c of covered) {
    if (c.endMs < cursor) continue;
    if (c.startMs > window.endMs) break;
    if (c.startMs > cursor) gaps.push({ startMs: cursor, endMs: c.startMs, startOpen: cursorOpen, endOpen: true });
    cursor = c.endMs;
    cursorOpen = true;
    if (cursor >= window.endMs) return gaps;
  }
  if (cursor < window.endMs || !cursorOpen) gaps.push({ startMs: cursor, endMs: window.endMs, startOpen: cursorOpen, endOpen: false });
  return gaps;
}

/** Whether `ts` lies inside the gap, honouring its open ends. */
export function gapContains(gap: Gap, ts: number): boolean {
  return (gap.startOpen ? ts > gap.startMs : ts >= gap.startMs) && (gap.endOpen ? ts < gap.endMs : ts <= gap.endMs);
}
