/**
 * Windows against covered intervals. A landed window (lib/landing TagWindow) may have open ends
 * and holds rows only up to its coveredEndMs; covered intervals are closed.
 */
import type { Interval } from '../landing';

export interface WindowBounds {
  startMs: number;
  endMs: number;
  startOpen: boolean;
  endOpen: boolean;
  coveredEndMs: number;
}

/** The instants a window's rows may occupy: its bounds cut at coveredEndMs (rows never lie past it). */
export function rowBounds(w: WindowBounds): Omit<WindowBounds, 'coveredEndMs'> {
  return w.coveredEndMs < w.endMs
    ? { startMs: w.startMs, startOpen: w.startOpen, endMs: w.coveredEndMs, endOpen: false }
    : { startMs: w.startMs, startOpen: w.startOpen, endMs: w.endMs, endOpen: w.endOpen };
}

/** Whether the window's rows and the closed interval can share an instant (open ends honoured). */
export function rowsMeetInterval(w: WindowBounds, iv: Interval): boolean {
  const b = rowBounds(w);
  const [lo, loOpen] = iv.startMs > b.startMs ? [iv.startMs, false] : [b.startMs, b.startOpen];
  const [hi, hiOpen] = iv.endMs < b.endMs ? [iv.endMs, false] : [b.endMs, b.endOpen];
  return lo < hi || (lo === hi && !loOpen && !hiOpen);
}

/** The coverage a window adds: [startMs, coveredEndMs], empty (null) when it reaches no further than its start. */
export function coverageOf(w: WindowBounds): Interval | null {
  return w.coveredEndMs >= w.startMs ? { startMs: w.startMs, endMs: w.coveredEndMs } : null;
}

/** Whether the window adds coverage beyond `covered` (merged, ascending). One that does not holds no new row either. */
export function addsCoverage(w: WindowBounds, covered: readonly Interval[]): boolean {
  const own = coverageOf(w);
  if (own === null) return false;
  return !covered.some((c) => c.startMs <= own.startMs && c.endMs >= own.endMs);
}
