/**
 * This attempt's landed windows, kept grouped by identical bounds as the commit record writes
 * them (commit-record.ts groupWindows): a batch reads every tag of a slice over one window, so
 * 500,472 tags cost one WebId reference each (the string the share already holds), not one
 * object per window.
 */
import type { StagedWindow, WindowGroup } from './commit-record';
import type { WindowBounds } from './window-math';

interface Group {
  bounds: WindowBounds;
  webIds: string[];
}

export class StagedWindows {
  private readonly groups = new Map<string, Group>();
  private count = 0;

  add(webId: string, w: WindowBounds): void {
    const key = `${w.startMs}|${w.endMs}|${w.startOpen}|${w.endOpen}|${w.coveredEndMs}`;
    let group = this.groups.get(key);
    if (!group) {
      const { startMs, endMs, startOpen, endOpen, coveredEndMs } = w;
      group = { bounds: { startMs, endMs, startOpen, endOpen, coveredEndMs }, webIds: [] };
      this.groups.set(key, group);
    }
    group.webIds.push(webId);
    this.count++;
  }

  /** Windows landed, a tag landed twice over one window counted twice. */
  get size(): number {
    return this.count;
  }

  /** Every window, in landing order within its group; built one at a time. */
  *each(): Generator<StagedWindow> {
    for (const { bounds, webIds } of this.groups.values()) {
      for (const webId of webIds) yield { webId, ...bounds };
    }
  }

  /**
   * The windows `keep` accepts, grouped as groupWindows groups them (groups and WebIds in
   * first-landed order, each WebId once per group), and how many windows that was before
   * de-duplicating.
   */
  select(keep: (webId: string, bounds: WindowBounds) => boolean): { groups: WindowGroup[]; windowCount: number } {
    const groups: WindowGroup[] = [];
    let windowCount = 0;
    for (const { bounds, webIds } of this.groups.values()) {
      const seen = new Set<string>();
      const tagWebIds: string[] = [];
      for (const webId of webIds) {
        if (!keep(webId, bounds)) continue;
        windowCount++;
        if (seen.has(webId)) continue;
        seen.add(webId);
        tagWebIds.push(webId);
      }
      if (tagWebIds.length > 0) groups.push({ ...bounds, tagWebIds });
    }
    return { groups, windowCount };
  }
}
