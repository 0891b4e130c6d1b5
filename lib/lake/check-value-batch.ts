/**
 * Checks a batch before the lake stages it. Bronze's validateBatch proves each row inside its
 * window (open ends honoured), ordered and unique per tag, and coveredEndMs within the window;
 * the lake must also refuse a row past coveredEndMs: it appends and never replaces, so such a
 * row would be landed again by the read that later covers that instant
 * (LandingSink.replacesWindows).
 */
import type { TagWindow, ValueColumns } from '../landing';
import { validateBatch } from '../landing';

/** Throws (a caller bug) on the first row the lake may not take. */
export function checkValueBatchOrThrow(columns: ValueColumns, windows: readonly TagWindow[]): void {
  validateBatch(columns, windows);
  const coveredEnd = new Map<number, number>();
  for (const w of windows) coveredEnd.set(w.tagKey, w.coveredEndMs);
  for (let i = 0; i < columns.length; i++) {
    const key = columns.tagKey[i] ?? NaN;
    const ts = columns.tsMs[i] ?? NaN;
    const end = coveredEnd.get(key) ?? -Infinity;
    if (ts > end) throw new Error(`row ${i}: ts ${ts} of tag ${key} lies after its window's coveredEndMs ${end}`);
  }
}
