/**
 * Drops the rows of a batch that the lake already holds (committed, or staged earlier by this
 * attempt): the lake is append-only, so a re-read window must not add a row twice. Columns pass
 * through untouched, with no per-row work, when no window meets a covered interval.
 */
import { allocateValueColumns, type Interval, type TagWindow, type ValueColumns } from '../landing';
import { rowsMeetInterval } from './window-math';

export function dropCoveredRows(
  columns: ValueColumns,
  windows: readonly TagWindow[],
  coveredOf: (tagKey: number) => readonly Interval[],
): { columns: ValueColumns; dropped: number } {
  const hits = new Map<number, Interval[]>();
  for (const w of windows) {
    const meeting = coveredOf(w.tagKey).filter((iv) => rowsMeetInterval(w, iv));
    if (meeting.length > 0) hits.set(w.tagKey, meeting);
  }
  if (hits.size === 0) return { columns, dropped: 0 };

  const keep: number[] = [];
  for (let i = 0; i < columns.length; i++) {
    const covered = hits.get(columns.tagKey[i] ?? NaN);
    const ts = columns.tsMs[i] ?? NaN;
    if (!covered?.some((iv) => ts >= iv.startMs && ts <= iv.endMs)) keep.push(i);
  }
  return { columns: pick(columns, keep), dropped: columns.length - keep.length };
}

function pick(c: ValueColumns, rows: readonly number[]): ValueColumns {
  const n = rows.length;
  const out = allocateValueColumns(n);
  rows.forEach((from, to) => {
    out.tagKey[to] = c.tagKey[from] ?? 0;
    out.tsMs[to] = c.tsMs[from] ?? 0;
    out.seq[to] = c.seq[from] ?? 0;
    out.value[to] = c.value[from] ?? NaN;
    out.state[to] = c.state[from] ?? null;
    out.flags[to] = c.flags[from] ?? 0;
  });
  return out;
}
