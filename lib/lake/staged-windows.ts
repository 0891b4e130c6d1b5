/**
 * This attempt's landed windows, kept grouped by identical bounds as the commit record writes
 * them (commit-record.ts groupWindows): a batch reads every tag of a slice over one window, so
 * 500,472 tags cost one 4-byte tag key each in a typed array, not an object or a string
 * reference per window.
 */
import type { WindowBounds } from './window-math';

interface Group {
  bounds: WindowBounds;
  /** The first key inline: a live tail lands one-tag groups (each tag its own bounds) by the thousand. */
  first: number;
  /** The keys after the first, allocated when a second one comes. */
  rest: Int32Array | null;
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
    const group = this.groups.get(key);
    if (!group) {
      const { startMs, endMs, startOpen, endOpen, coveredEndMs } = w;
      this.groups.set(key, { bounds: { startMs, endMs, startOpen, endOpen, coveredEndMs }, first: tagKey, rest: null, length: 1 });
    } else {
      if (group.rest === null || group.length - 1 === group.rest.length) {
        const rest = new Int32Array(Math.max(4, (group.rest?.length ?? 0) * 2));
        if (group.rest) rest.set(group.rest);
        group.rest = rest;
      }
      group.rest[group.length - 1] = tagKey;
      group.length++;
    }
    this.count++;
    this.maxKey = Math.max(this.maxKey, tagKey);
  }

  /** Windows landed, a tag landed twice over one window counted twice. */
  get size(): number {
    return this.count;
  }

  /** Every window, group by group, in landing order within its group; built one at a time. */
  *each(): Generator<{ tagKey: number; bounds: WindowBounds }> {
    for (const group of this.groups.values()) {
      for (let i = 0; i < group.length; i++) yield { tagKey: keyAt(group, i), bounds: group.bounds };
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
    for (const group of this.groups.values()) {
      const { bounds, length } = group;
      ordinal++;
      const kept = new Int32Array(length);
      let n = 0;
      for (let i = 0; i < length; i++) {
        const tagKey = keyAt(group, i);
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

function keyAt(group: Group, i: number): number {
  return i === 0 ? group.first : group.rest![i - 1]!;
}
