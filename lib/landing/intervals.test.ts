import { describe, expect, it } from 'vitest';
import { gapContains, mergeIntervals, uncoveredParts, type Interval } from './intervals';

const H = 3_600_000;
const iv = (a: number, b: number): Interval => ({ startMs: a * H, endMs: b * H });

describe('mergeIntervals', () => {
  it('merges overlapping and touching intervals, keeps gaps, drops empty ones', () => {
    expect(mergeIntervals([iv(5, 6), iv(0, 1), iv(1, 2), iv(2.5, 3), iv(2.8, 4), { startMs: 9, endMs: 8 }])).toEqual([
      iv(0, 2),
      iv(2.5, 4),
      iv(5, 6),
    ]);
  });

  it('keeps intervals a millisecond apart separate: the instant between may hold a value', () => {
    expect(mergeIntervals([{ startMs: 0, endMs: 10 }, { startMs: 11, endMs: 20 }])).toHaveLength(2);
  });
});

describe('uncoveredParts', () => {
  it('is the whole closed window when nothing is covered', () => {
    expect(uncoveredParts(iv(0, 1), [])).toEqual([{ ...iv(0, 1), startOpen: false, endOpen: false }]);
  });

  it('finds the gap between two covered windows, open at both covered ends', () => {
    // 00-01 h then 05-06 h landed; a 00-06 h window still needs (01 h, 05 h).
    expect(uncoveredParts(iv(0, 6), [iv(0, 1), iv(5, 6)])).toEqual([{ ...iv(1, 5), startOpen: true, endOpen: true }]);
  });

  it('reads a window inside a gap whole, and nothing of a covered window', () => {
    expect(uncoveredParts(iv(2, 3), [iv(0, 1), iv(5, 6)])).toEqual([{ ...iv(2, 3), startOpen: false, endOpen: false }]);
    expect(uncoveredParts(iv(0.25, 0.75), [iv(0, 1)])).toEqual([]);
    expect(uncoveredParts(iv(0, 1), [iv(0, 1)])).toEqual([]);
  });

  it('splits a window around covered pieces inside it', () => {
    expect(uncoveredParts(iv(0, 10), [iv(2, 3), iv(5, 6)])).toEqual([
      { ...iv(0, 2), startOpen: false, endOpen: true },
      { ...iv(3, 5), startOpen: true, endOpen: true },
      { ...iv(6, 10), startOpen: true, endOpen: false },
    ]);
  });

  it('treats a covered interval touching the window at one instant as covering only that instant', () => {
    expect(uncoveredParts(iv(1, 2), [iv(0, 1)])).toEqual([{ ...iv(1, 2), startOpen: true, endOpen: false }]);
    expect(uncoveredParts(iv(0, 1), [iv(1, 2)])).toEqual([{ ...iv(0, 1), startOpen: false, endOpen: true }]);
  });

  it('ignores coverage entirely outside the window', () => {
    expect(uncoveredParts(iv(3, 4), [iv(0, 1), iv(5, 6)])).toEqual([{ ...iv(3, 4), startOpen: false, endOpen: false }]);
  });

  it('gives pieces that, with the coverage, tile the window exactly (randomised)', () => {
    let seed = 7;
    const rand = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
    for (let round = 0; round < 300; round++) {
      const covered = mergeIntervals(
        Array.from({ length: Math.floor(rand() * 5) }, () => {
          const a = Math.floor(rand() * 40);
          return { startMs: a, endMs: a + Math.floor(rand() * 8) };
        }),
      );
      const a = Math.floor(rand() * 40);
      const window = { startMs: a, endMs: a + 1 + Math.floor(rand() * 20) };
      const gaps = uncoveredParts(window, covered);
      // Probe every half-millisecond: each instant of the window is in exactly one of coverage or a gap.
      for (let t = window.startMs; t <= window.endMs; t += 0.5) {
        const inCover = covered.some((c) => t >= c.startMs && t <= c.endMs);
        const inGaps = gaps.filter((g) => gapContains(g, t)).length;
        expect(inGaps, `t=${t} window=${JSON.stringify(window)} covered=${JSON.stringify(covered)}`).toBe(inCover ? 0 : 1);
      }
    }
  });
});
