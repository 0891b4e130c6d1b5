import { describe, expect, it } from 'vitest';
import { addsCoverage, rowsMeetInterval, type WindowBounds } from './window-math';

const w = (startMs: number, endMs: number, startOpen = false, endOpen = false, coveredEndMs = endMs): WindowBounds => ({ startMs, endMs, startOpen, endOpen, coveredEndMs });

describe('rowsMeetInterval', () => {
  it.each([
    ['overlap inside', w(0, 10), { startMs: 3, endMs: 4 }, true],
    ['touching a closed end', w(0, 10), { startMs: 10, endMs: 20 }, true],
    ['touching an open end', w(0, 10, false, true), { startMs: 10, endMs: 20 }, false],
    ['touching an open start', w(10, 20, true), { startMs: 0, endMs: 10 }, false],
    ['past coveredEndMs only', w(0, 10, false, false, 5), { startMs: 6, endMs: 9 }, false],
    ['at coveredEndMs', w(0, 10, false, true, 5), { startMs: 5, endMs: 9 }, true],
    ['disjoint', w(0, 10), { startMs: 11, endMs: 12 }, false],
  ])('%s', (_name, window, interval, expected) => {
    expect(rowsMeetInterval(window, interval)).toBe(expected);
  });
});

describe('addsCoverage', () => {
  it('is false inside covered intervals or when covering nothing, true when any instant is new', () => {
    expect(addsCoverage(w(2, 5), [{ startMs: 0, endMs: 10 }])).toBe(false);
    expect(addsCoverage(w(2, 12, false, false, 10), [{ startMs: 0, endMs: 10 }])).toBe(false);
    expect(addsCoverage(w(2, 11), [{ startMs: 0, endMs: 10 }])).toBe(true);
    expect(addsCoverage(w(20, 30, false, false, 19), [])).toBe(false);
  });
});
