/**
 * Per (data source, tag WebId), the covered intervals: what `coverage()` answers and what
 * landing checks rows against. WebIds are unique per PI Data Archive only, so the source is
 * part of the key. Intervals are merged lazily, on the first read after a change, so the index
 * stays a few intervals per tag however many windows were committed.
 * Kept compact for 500,472 tags: one map per source keyed by the WebId string itself (no
 * concatenated key per tag) and one array per tag; only tags changed since their last read
 * are remembered as unmerged.
 */
import { mergeIntervals, type Interval } from '../landing';
import { recordWindows, type CommitRecord } from './commit-record';
import { coverageOf, type WindowBounds } from './window-math';

interface SourceCoverage {
  intervals: Map<string, Interval[]>;
  unmerged: Set<string>;
}

export class CoverageIndex {
  private readonly sources = new Map<string, SourceCoverage>();

  add(dataServerId: string, webId: string, window: WindowBounds): void {
    const covered = coverageOf(window);
    if (covered === null) return;
    let source = this.sources.get(dataServerId);
    if (!source) {
      source = { intervals: new Map(), unmerged: new Set() };
      this.sources.set(dataServerId, source);
    }
    const list = source.intervals.get(webId);
    if (list) {
      list.push(covered);
      source.unmerged.add(webId);
    } else source.intervals.set(webId, [covered]);
  }

  addRecord(record: CommitRecord): void {
    const source = record.dataSource;
    if (source === null) return;
    for (const w of recordWindows(record)) this.add(source.dataServerId, w.webId, w);
  }

  /** Whether any record read covers a tag of this data source: when not, no WebId need be looked up. */
  hasSource(dataServerId: string): boolean {
    return this.sources.has(dataServerId);
  }

  /** Merged, ascending; empty when nothing is covered. */
  get(dataServerId: string, webId: string): readonly Interval[] {
    const source = this.sources.get(dataServerId);
    const list = source?.intervals.get(webId);
    if (!source || !list) return [];
    if (source.unmerged.delete(webId)) {
      const merged = mergeIntervals(list);
      source.intervals.set(webId, merged);
      return merged;
    }
    return list;
  }
}
