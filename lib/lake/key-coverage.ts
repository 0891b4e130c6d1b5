/**
 * Covered intervals per tag key: one interval per tag in two Float64Arrays (a slice read over one
 * window, or windows landed or committed in time order, extend it), and a list only for the tags
 * whose windows leave a gap. At 500,472 tags the Map of interval arrays per WebId it replaces cost
 * ~150 bytes of heap a tag; this costs 17, allocated as one block per array.
 */
import { mergeIntervals, type Interval } from '../landing';

const INITIAL_TAGS = 1_024;

export class KeyCoverage {
  /** 1 where start/end hold the tag's coverage. Zeroed memory, never filled, so untouched pages stay unallocated. */
  private single = new Uint8Array(INITIAL_TAGS);
  private start = new Float64Array(INITIAL_TAGS);
  private end = new Float64Array(INITIAL_TAGS);
  /** Tags whose coverage has a gap: merged, ascending. */
  private readonly split = new Map<number, Interval[]>();

  add(key: number, covered: Interval): void {
    const list = this.split.get(key);
    if (list) {
      this.split.set(key, mergeIntervals([...list, covered]));
      return;
    }
    this.ensure(key);
    const start = this.start[key]!;
    const end = this.end[key]!;
    if (this.single[key] === 0) {
      this.single[key] = 1;
      this.start[key] = covered.startMs;
      this.end[key] = covered.endMs;
    } else if (covered.startMs <= end && covered.endMs >= start) {
      // Overlapping or sharing an endpoint: one interval, as mergeIntervals would make it.
      this.start[key] = Math.min(start, covered.startMs);
      this.end[key] = Math.max(end, covered.endMs);
    } else {
      this.split.set(key, mergeIntervals([{ startMs: start, endMs: end }, covered]));
      this.single[key] = 0;
    }
  }

  /** Merged, ascending; empty when nothing is covered. */
  get(key: number): Interval[] {
    const list = this.split.get(key);
    if (list) return list.map((iv) => ({ ...iv }));
    return this.single[key] === 1 ? [{ startMs: this.start[key]!, endMs: this.end[key]! }] : [];
  }

  private ensure(key: number): void {
    if (key < this.single.length) return;
    let size = this.single.length;
    while (size <= key) size *= 2;
    this.single = grown(this.single, new Uint8Array(size));
    this.start = grown(this.start, new Float64Array(size));
    this.end = grown(this.end, new Float64Array(size));
  }
}

function grown<T extends Uint8Array | Float64Array>(from: T, to: T): T {
  to.set(from);
  return to;
}
