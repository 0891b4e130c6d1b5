import { describe, expect, it } from 'vitest';
import { mergeIntervals, type Interval } from '../landing';
import { KeyCoverage } from './key-coverage';

describe('KeyCoverage', () => {
  it('answers what mergeIntervals makes of every interval added, one interval or split by gaps', () => {
    // A deterministic mix: adjacent, overlapping, touching at an endpoint, a millisecond apart, out of order.
    let seed = 7;
    const next = (n: number) => ((seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648), seed % n);
    const own = new KeyCoverage();
    const added = new Map<number, Interval[]>();
    for (let i = 0; i < 5_000; i++) {
      const key = 1 + next(3_000);
      const startMs = next(100) * 10;
      const iv = { startMs, endMs: startMs + [0, 9, 10, 30][next(4)]! };
      own.add(key, iv);
      added.set(key, [...(added.get(key) ?? []), iv]);
    }
    for (const [key, list] of added) expect(own.get(key)).toEqual(mergeIntervals(list));
    expect(own.get(3_001)).toEqual([]);
    expect(own.get(999_999)).toEqual([]);
  });
});
