/**
 * Growable columnar buffers of timed values (DESIGN §9: never an array of row objects), in the
 * layout lib/bronze lands (its ValueColumns): tag key, ts, seq, value (NaN for a state), state, flags.
 */
import type { ValueColumns } from '../../landing';

export { FLAG_ANNOTATED, FLAG_GOOD, FLAG_QUESTIONABLE, FLAG_SUBSTITUTED } from '../../landing';
export type { ValueColumns };

export class ValueColumnBuilder {
  length = 0;
  private tagKey: Int32Array;
  private tsMs: Float64Array;
  private seq: Uint8Array;
  private value: Float64Array;
  private state: (string | null)[] = [];
  private flags: Uint8Array;

  constructor(initialCapacity = 4096) {
    this.tagKey = new Int32Array(initialCapacity);
    this.tsMs = new Float64Array(initialCapacity);
    this.seq = new Uint8Array(initialCapacity);
    this.value = new Float64Array(initialCapacity);
    this.flags = new Uint8Array(initialCapacity);
  }

  /** Rows the buffers hold before they must grow. */
  get capacity(): number {
    return this.tagKey.length;
  }

  private grow(): void {
    const capacity = this.tagKey.length * 2;
    const copy = <T extends Int32Array | Float64Array | Uint8Array>(old: T, make: (n: number) => T): T => {
      const next = make(capacity);
      next.set(old);
      return next;
    };
    this.tagKey = copy(this.tagKey, (n) => new Int32Array(n));
    this.tsMs = copy(this.tsMs, (n) => new Float64Array(n));
    this.seq = copy(this.seq, (n) => new Uint8Array(n));
    this.value = copy(this.value, (n) => new Float64Array(n));
    this.flags = copy(this.flags, (n) => new Uint8Array(n));
  }

  push(tagKey: number, tsMs: number, seq: number, value: number, state: string | null, flags: number): void {
    if (this.length === this.tagKey.length) this.grow();
    const i = this.length++;
    this.tagKey[i] = tagKey;
    this.tsMs[i] = tsMs;
    this.seq[i] = seq;
    this.value[i] = value;
    this.flags[i] = flags;
    // Sparse: states are rare, so the array only grows when one appears.
    if (state !== null) {
      while (this.state.length < i) this.state.push(null);
      this.state[i] = state;
    }
  }

  /** Empties the builder, keeping its buffers for the next stream. */
  clear(): void {
    this.length = 0;
    this.state = [];
  }

  /** Drops rows from `length` on (a page that is read again through another path). */
  truncate(length: number): void {
    if (length > this.length) throw new Error(`cannot truncate ${this.length} rows to ${length}`);
    this.length = length;
    if (this.state.length > length) this.state.length = length;
  }

  /**
   * Keeps only rows with `from` < ts < `to` (`<=` at a closed end); rows are ascending by ts, so
   * only leading and trailing rows go. Answers how many were dropped. A piece read to fill a gap
   * asks PI for its closed ends, and the values at an open end are already landed.
   */
  keepBetween(from: number, fromOpen: boolean, to: number, toOpen: boolean): number {
    const ts = this.tsMs;
    let first = 0;
    while (first < this.length && (fromOpen ? ts[first]! <= from : ts[first]! < from)) first++;
    let end = this.length;
    while (end > first && (toOpen ? ts[end - 1]! >= to : ts[end - 1]! > to)) end--;
    const dropped = this.length - (end - first);
    if (dropped === 0) return 0;
    if (first > 0) {
      this.tagKey.copyWithin(0, first, end);
      this.tsMs.copyWithin(0, first, end);
      this.seq.copyWithin(0, first, end);
      this.value.copyWithin(0, first, end);
      this.flags.copyWithin(0, first, end);
      this.state = this.state.slice(first, end);
    }
    this.truncate(end - first);
    return dropped;
  }

  /** Copies the values into `out` (whose `state` is pre-filled with null) from row `offset` on; returns the rows copied. */
  copyInto(out: ValueColumns, offset: number): number {
    const n = this.length;
    out.tagKey.set(this.tagKey.subarray(0, n), offset);
    out.tsMs.set(this.tsMs.subarray(0, n), offset);
    out.seq.set(this.seq.subarray(0, n), offset);
    out.value.set(this.value.subarray(0, n), offset);
    out.flags.set(this.flags.subarray(0, n), offset);
    // `out.state` starts all null; only the few states need copying (the array is sparse here).
    const states = this.state;
    for (let i = 0; i < states.length; i++) {
      const s = states[i];
      if (s !== null && s !== undefined) out.state[offset + i] = s;
    }
    return n;
  }

  /**
   * The rows as columns over the builder's own buffers (no copy): valid until the builder is next
   * written or cleared. For a caller that copies rows out at once (the live tail, per stream of
   * every channel frame, where take() cost five allocations a stream).
   */
  view(): ValueColumns {
    const n = this.length;
    const state = this.state;
    while (state.length < n) state.push(null);
    return {
      length: n,
      tagKey: this.tagKey.subarray(0, n),
      tsMs: this.tsMs.subarray(0, n),
      seq: this.seq.subarray(0, n),
      value: this.value.subarray(0, n),
      state,
      flags: this.flags.subarray(0, n),
    };
  }

  /** Columns trimmed to length; the builder starts empty again. */
  take(): ValueColumns {
    const n = this.length;
    const state = this.state;
    while (state.length < n) state.push(null);
    const out: ValueColumns = {
      length: n,
      tagKey: this.tagKey.slice(0, n),
      tsMs: this.tsMs.slice(0, n),
      seq: this.seq.slice(0, n),
      value: this.value.slice(0, n),
      state,
      flags: this.flags.slice(0, n),
    };
    this.length = 0;
    this.state = [];
    return out;
  }
}
