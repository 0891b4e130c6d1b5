/**
 * landValues for the lake: checks the batch, drops the rows the lake already holds, appends
 * the rest to the value stage (flushing a part file when it passes `flushRows`), and records the
 * windows as this attempt's own coverage.
 */
import { mergeIntervals, type Interval, type TagWindow, type ValueColumns } from '../landing';
import { checkValueBatchOrThrow } from './check-value-batch';
import { dropCoveredRows } from './drop-covered-rows';
import { LakeFailure } from './errors';
import type { ShareState } from './share-state';
import { coverageOf } from './window-math';

/** Committed coverage (every record read so far) and this attempt's staged windows, merged. */
export function coveredIntervals(s: ShareState, tagKey: number): Interval[] {
  if (!s.tags.has(tagKey)) throw new Error(`tag key ${tagKey} is not registered`);
  const source = s.dataSource;
  if (source === null) return [];
  const own = s.own.get(tagKey);
  const committed = s.committed.get(source.dataServerId, tagKey);
  return committed.length === 0 ? own : mergeIntervals([...committed, ...own]);
}

export async function stageValues(
  s: ShareState,
  columns: ValueColumns,
  windows: readonly TagWindow[],
  runId: string,
  flushRows: number,
): Promise<{ rowsWritten: number }> {
  // Every row of a share's files carries the run that committed it; a second run id would make the record lie.
  if (runId !== s.runId) throw new Error(`this lake attempt belongs to run ${s.runId}, not ${runId}`);
  checkValueBatchOrThrow(columns, windows);
  if (windows.length === 0) return { rowsWritten: 0 };
  const source = s.dataSource;
  if (source === null) throw new Error('registerTags before landValues');
  // Rows are checked against every record read so far; later ones are the commit's to check.
  s.checkedThrough ??= s.lastSequence;
  const kept = dropCoveredRows(columns, windows, (key) => coveredIntervals(s, key)).columns;
  await s.values.append(kept, runId, Date.now());
  for (const w of windows) {
    s.windows.add(w.tagKey, w);
    const covered = coverageOf(w);
    if (covered !== null) s.own.add(w.tagKey, covered);
  }
  if (s.values.rowsInMemory >= flushRows) {
    const flushed = await s.values.flush(source);
    if (!flushed.ok) throw new LakeFailure(flushed.error);
    s.files.push(...flushed.value);
  }
  return { rowsWritten: kept.length };
}
