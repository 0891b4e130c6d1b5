/**
 * This attempt's landed windows, kept grouped by identical bounds as the commit record writes
 * them (commit-record.ts groupWindows): a batch reads every tag of a slice over one window, so
 * 500,472 tags cost one 4-byte tag key each in a typed array, not an object or a string
 * reference per window.
 */
import type { WindowBounds } from './window-math';

interface Group {
  bounds: WindowBounds;
  keys: Int32Array;
  length: number;
}

/** What a commit records: per group, its tag keys (each once), in first-landed order. */
export interface WindowSelection {
  groups: { bounds: WindowBounds; keys: Int32Array }[];
  /** Windows kept, a tag landed twice over one window counted twice. */
  windowCount: number;
  /** Distinct tags over all groups. */
  tagCount: number;
}

export const EMPTY_SELECTION: WindowSelection = { groups: [], windowCount: 0, tagCount: 0 };

export class StagedWindows {
  private readonly groups = new Map<string, Group>();
  private count = 0;
  private maxKey = 0;

  add(tagKey: number, w: WindowBounds): void {
    const key = `${w.startMs}|${w.endMs}|${w.startOpen}|${w.endOpen}|${w.coveredEndMs}`;
    let group = this.groups.get(key);
    if (!group) {
      const { startMs, endMs, startOpen, endOpen, coveredEndMs } = w;
      // Small at first: a live tail lands one-tag groups (each tag its own bounds) by the thousand.
      group = { bounds: { startMs, endMs, startOpen, endOpen, coveredEndMs }, keys: new Int32Array(4), length: 0 };
      this.groups.set(key, group);
    }
    if (group.length === group.keys.length) {
      const keys = new Int32Array(group.keys.length * 2);
      keys.set(group.keys);
      group.keys = keys;
    }
    group.keys[group.length++] = tagKey;
    this.count++;
    this.maxKey = Math.max(this.maxKey, tagKey);
  }

  /** Windows landed, a tag landed twice over one window counted twice. */
  get size(): number {
    return this.count;
  }

  /** Every window, group by group, in landing order within its group; built one at a time. */
  *each(): Generator<{ tagKey: number; bounds: WindowBounds }> {
    for (const { bounds, keys, length } of this.groups.values()) {
      for (let i = 0; i < length; i++) yield { tagKey: keys[i]!, bounds };
    }
  }

  /**
   * The windows `keep` accepts, grouped as groupWindows groups them (groups and tags in
   * first-landed order, each tag once per group). Marks in typed arrays, one slot per key, do the
   * de-duplicating: a Set per group would cost ~40 bytes a tag at commit time.
   */
  select(keep: (tagKey: number, bounds: WindowBounds) => boolean): WindowSelection {
    const groups: WindowSelection['groups'] = [];
    let windowCount = 0;
    let tagCount = 0;
    const lastGroupOf = new Int32Array(this.maxKey + 1);
    const counted = new Uint8Array(this.maxKey + 1);
    let ordinal = 0;
    for (const { bounds, keys, length } of this.groups.values()) {
      ordinal++;
      const kept = new Int32Array(length);
      let n = 0;
      for (let i = 0; i < length; i++) {
        const tagKey = keys[i]!;
        if (!keep(tagKey, bounds)) continue;
        windowCount++;
        if (lastGroupOf[tagKey] === ordinal) continue;
        lastGroupOf[tagKey] = ordinal;
        kept[n++] = tagKey;
        if (counted[tagKey] === 0) {
          counted[tagKey] = 1;
          tagCount++;
        }
      }
      if (n > 0) groups.push({ bounds, keys: n === length ? kept : kept.slice(0, n) });
    }
    return { groups, windowCount, tagCount };
  }
}
