/**
 * The opening bytes of each grid value of one request (`{"Timestamp":"...","Value":`), looked up
 * by grid index in an array: the streams of a set share one window, so the hot loop indexes instead
 * of hashing into the shared cache for each value. Independent of units, so all encoders of a
 * request share one table.
 */
import * as timestamps from './timestamp-cache';

// Imports bound to locals: a hot path (lib/hot-paths.md).
const { timedValueOpening } = timestamps;

/** Widest grid range a table covers; wider windows fall back to the shared cache. */
const MAX_TABLE = 200_000;

export class GridPrefixes {
  private lo = 0;
  private table: (Buffer | undefined)[] = [];

  constructor(
    private readonly stepSec: number,
    private readonly valueKey: boolean,
  ) {}

  /** Prepares grid indices kA..kB (cheap when already covered). */
  cover(kA: number, kB: number): void {
    if (kA >= this.lo && kB < this.lo + this.table.length) return;
    const size = kB - kA + 1;
    if (size <= 0 || size > MAX_TABLE) return;
    this.lo = kA;
    this.table = new Array<Buffer | undefined>(size).fill(undefined);
  }

  get(k: number): Buffer {
    const i = k - this.lo;
    if (i < 0 || i >= this.table.length) return timedValueOpening(k * this.stepSec, this.valueKey);
    return (this.table[i] ??= timedValueOpening(k * this.stepSec, this.valueKey));
  }
}
