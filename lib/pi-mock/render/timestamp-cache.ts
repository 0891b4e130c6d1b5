/**
 * Pre-encoded timestamps of grid seconds (DESIGN §9): every tag of a stream set shares the same grid
 * times, so each is formatted once and then only copied. Caches are bounded: dropped whole when
 * full, which keeps them O(1) and memory flat under any access pattern.
 */
import { formatPiTimestamp } from '../../pi-contract';

/** Entries kept before a cache is dropped: two weeks of 1-minute grid points, a few MB. */
const MAX_ENTRIES = 20_160;

class BoundedCache {
  private map = new Map<number, Buffer>();

  constructor(private readonly build: (tSec: number) => Buffer) {}

  get(tSec: number): Buffer {
    let bytes = this.map.get(tSec);
    if (bytes === undefined) {
      if (this.map.size >= MAX_ENTRIES) this.map = new Map();
      bytes = this.build(tSec);
      this.map.set(tSec, bytes);
    }
    return bytes;
  }
}

const bare = new BoundedCache((tSec) => Buffer.from(formatPiTimestamp(tSec * 1000), 'latin1'));
const withValue = new BoundedCache((tSec) => Buffer.from(`{"Timestamp":"${formatPiTimestamp(tSec * 1000)}","Value":`, 'latin1'));
const withoutValue = new BoundedCache((tSec) => Buffer.from(`{"Timestamp":"${formatPiTimestamp(tSec * 1000)}"`, 'latin1'));

/** `2024-01-01T00:00:00Z` (without quotes) as bytes, for an integer second since the epoch. */
export function timestampBytes(tSec: number): Buffer {
  return bare.get(tSec);
}

/** Timestamp bytes of any instant: whole seconds come from the cache, others are formatted. */
export function timestampBytesMs(timeMs: number): Buffer {
  return timeMs % 1000 === 0 ? timestampBytes(timeMs / 1000) : Buffer.from(formatPiTimestamp(timeMs), 'latin1');
}

/** The opening of a TimedValue at a grid second: `{"Timestamp":"...","Value":` (or without the Value key). */
export function timedValueOpening(tSec: number, valueKey: boolean): Buffer {
  return valueKey ? withValue.get(tSec) : withoutValue.get(tSec);
}
