/**
 * A run's PI time window resolved once, when it starts: relative to now aligned to the current
 * minute, so `*-1h` to `*` lands whole grid minutes and every mode reads the identical window.
 */
import { parsePiTime } from '../pi-contract';
import { err, ok, type Result } from '../result';

const MINUTE_MS = 60_000;
/** Longest window a dashboard run reads: a day is 43.5 M values at 30,240 tags on the 60 s grid. */
export const MAX_WINDOW_MS = 24 * 60 * MINUTE_MS;

export interface ResolvedWindow {
  startMs: number;
  endMs: number;
}

/** The bad field ('window.start', 'window.end' or 'window') and why, for a 400. */
export interface WindowError {
  field: string;
  message: string;
}

export function resolveWindow(window: { start: string; end: string }, nowMs = Date.now()): Result<ResolvedWindow, WindowError> {
  const alignedNowMs = Math.floor(nowMs / MINUTE_MS) * MINUTE_MS;
  const start = parsePiTime(window.start, { nowMs: alignedNowMs });
  if (!start.ok) return err({ field: 'window.start', message: start.error.reason });
  // A bare offset in the end ('+1h') counts from the start, as PI reads it.
  const end = parsePiTime(window.end, { nowMs: alignedNowMs, relativeToMs: start.value });
  if (!end.ok) return err({ field: 'window.end', message: end.error.reason });
  if (end.value <= start.value) return err({ field: 'window', message: `start (${window.start}) must be before end (${window.end})` });
  if (end.value - start.value > MAX_WINDOW_MS) return err({ field: 'window', message: 'a run reads at most 24 hours' });
  return ok({ startMs: start.value, endMs: end.value });
}
