/**
 * Per (data source, tag WebId), the covered intervals: what `coverage()` answers and what
 * landing checks rows against. WebIds are unique per PI Data Archive only, so the source is
 * part of the key. Intervals are merged lazily, on the first read after a change, so the index
 * stays a few intervals per tag however many windows were committed.
 */
import { mergeIntervals, type Interval } from '../landing';
import { recordWindows, type CommitRecord } from './commit-record';
import { coverageOf, type WindowBounds } from './window-math';

export class CoverageIndex {
  private readonly intervals = new Map<string, { list: Interval[]; merged: boolean }>();

  add(dataServerId: string, webId: string, window: WindowBounds): void {
    const covered = coverageOf(window);
    if (covered === null) return;
    const key = `${dataServerId}\n${webId}`;
    const entry = this.intervals.get(key);
    if (entry) {
      entry.list.push(covered);
      entry.merged = false;
    } else this.intervals.set(key, { list: [covered], merged: true });
  }

  addRecord(record: CommitRecord): void {
    const source = record.dataSource;
    if (source === null) return;
    for (const w of recordWindows(record)) this.add(source.dataServerId, w.webId, w);
  }

  /** Merged, ascending; empty when nothing is covered. */
  get(dataServerId: string, webId: string): readonly Interval[] {
    const entry = this.intervals.get(`${dataServerId}\n${webId}`);
    if (!entry) return [];
    if (!entry.merged) {
      entry.list = mergeIntervals(entry.list);
      entry.merged = true;
    }
    return entry.list;
  }
}
