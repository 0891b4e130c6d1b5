/**
 * Checks a landing batch before anything touches the database, in one pass over the rows.
 * Every failure is a caller bug (wrong lengths, a row outside its tag's window, rows out of
 * order), so it throws; a batch that passes can be landed without duplicating a row key.
 */
import { FLAG_ANNOTATED, FLAG_GOOD, FLAG_QUESTIONABLE, FLAG_SUBSTITUTED, type TagWindow, type ValueColumns } from './types';

const ALL_FLAGS = FLAG_GOOD | FLAG_QUESTIONABLE | FLAG_SUBSTITUTED | FLAG_ANNOTATED;

export interface CheckedBatch {
  /** Rows per window, in `windows` order. */
  insertedPerWindow: Int32Array;
  minStartMs: number;
  maxEndMs: number;
}

/** Whether a row at `ts` belongs to the window: an open end is an instant another interval already holds. */
export function inWindow(w: TagWindow, ts: number): boolean {
  return (w.startOpen ? ts > w.startMs : ts >= w.startMs) && (w.endOpen ? ts < w.endMs : ts <= w.endMs);
}

function describeWindow(w: TagWindow | undefined): string {
  return w ? `${w.startOpen ? '(' : '['}${w.startMs}..${w.endMs}${w.endOpen ? ')' : ']'}` : 'none';
}

export function validateBatch(columns: ValueColumns, windows: readonly TagWindow[]): CheckedBatch {
  const n = columns.length;
  if (!Number.isInteger(n) || n < 0) throw new Error(`ValueColumns.length must be a whole number, got ${n}`);
  for (const [name, size] of [
    ['tagKey', columns.tagKey.length],
    ['tsMs', columns.tsMs.length],
    ['seq', columns.seq.length],
    ['value', columns.value.length],
    ['state', columns.state.length],
    ['flags', columns.flags.length],
  ] as const) {
    if (size < n) throw new Error(`ValueColumns.${name} holds ${size} items, fewer than length ${n}`);
  }

  const windowIndex = new Map<number, number>();
  let minStartMs = Infinity;
  let maxEndMs = -Infinity;
  windows.forEach((w, i) => {
    if (!Number.isInteger(w.tagKey)) throw new Error(`window tagKey must be an integer, got ${w.tagKey}`);
    if (!Number.isFinite(w.startMs) || !Number.isFinite(w.endMs) || w.startMs > w.endMs) {
      throw new Error(`window of tag ${w.tagKey} is not a finite start <= end: ${w.startMs}..${w.endMs}`);
    }
    if (!Number.isFinite(w.coveredEndMs) || w.coveredEndMs > w.endMs) {
      throw new Error(`window of tag ${w.tagKey} claims coverage to ${w.coveredEndMs}, beyond its end ${w.endMs}`);
    }
    if (windowIndex.has(w.tagKey)) throw new Error(`tag ${w.tagKey} has more than one window in one batch`);
    windowIndex.set(w.tagKey, i);
    minStartMs = Math.min(minStartMs, w.startMs);
    maxEndMs = Math.max(maxEndMs, w.endMs);
  });

  const inserted = new Int32Array(windows.length);
  const finished = new Set<number>();
  let tag = NaN;
  let win = -1;
  let w: TagWindow | undefined;
  let prevTs = 0;
  let prevSeq = 0;
  for (let i = 0; i < n; i++) {
    const key = columns.tagKey[i]!;
    const ts = columns.tsMs[i]!;
    const seq = columns.seq[i]!;
    if (key !== tag) {
      // A tag's rows must be one contiguous run: then ordering within the run proves (ts, seq) unique.
      if (finished.has(key)) throw new Error(`rows of tag ${key} are not contiguous (row ${i})`);
      if (!Number.isNaN(tag)) finished.add(tag);
      const found = windowIndex.get(key);
      if (found === undefined) throw new Error(`row ${i}: tag ${key} has no window in this batch`);
      w = windows[found]!;
      tag = key;
      win = found;
    } else if (!(ts > prevTs || (ts === prevTs && seq > prevSeq))) {
      throw new Error(`row ${i}: tag ${key} is not ascending by (ts, seq) at ${ts}/${seq}`);
    }
    if (!w || !inWindow(w, ts)) throw new Error(`row ${i}: ts ${ts} of tag ${key} is outside its window ${describeWindow(w)}`);
    // quality_flags stores the byte as is, so a bit beyond the four flags would land as noise.
    if (columns.flags[i]! > ALL_FLAGS) throw new Error(`row ${i}: flags ${columns.flags[i]} of tag ${key} set bits beyond the four quality flags`);
    inserted[win]!++;
    prevTs = ts;
    prevSeq = seq;
  }
  return { insertedPerWindow: inserted, minStartMs, maxEndMs };
}
