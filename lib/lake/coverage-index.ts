/**
 * Per (data source, tag), the covered intervals of every committed record read: what
 * `coverage()` answers and what landing checks rows against. WebIds are unique per PI Data
 * Archive only, so the source is part of the key. A record's WebIds are interned as tag keys
 * (tag-keys.ts, without registering them) and each source's coverage is held by key in typed
 * arrays: a re-run over a lake whose records cover 500,472 tags held a Map entry, an array and
 * an interval object per WebId (~100 MiB of heap) before.
 */
import type { Interval } from '../landing';
import { recordWindows, type CommitRecord } from './commit-record';
import { KeyCoverage } from './key-coverage';
import type { TagKeys } from './tag-keys';
import { coverageOf } from './window-math';

export class CoverageIndex {
  private readonly sources = new Map<string, KeyCoverage>();

  constructor(private readonly tags: TagKeys) {}

  addRecord(record: CommitRecord): void {
    const source = record.dataSource;
    if (source === null) return;
    for (const w of recordWindows(record)) {
      const covered = coverageOf(w);
      if (covered === null) continue;
      let coverage = this.sources.get(source.dataServerId);
      if (!coverage) {
        coverage = new KeyCoverage();
        this.sources.set(source.dataServerId, coverage);
      }
      coverage.add(this.tags.internKey(w.webId), covered);
    }
  }

  /** Merged, ascending; empty when nothing is covered. */
  get(dataServerId: string, tagKey: number): Interval[] {
    return this.sources.get(dataServerId)?.get(tagKey) ?? [];
  }
}
