import { describe, expect, it } from 'vitest';
import { timeAxisRange, timeAxisStep } from './time-axis';

describe('timeAxisStep', () => {
  it.each([
    [0.8, 0.2],
    [10.5, 2],
    [59.4, 10],
    [315, 60],
    [2_700, 600],
    [0, 1],
  ])('%d s -> %d s steps', (max, step) => {
    expect(timeAxisStep(max)).toBe(step);
  });
});

describe('timeAxisRange', () => {
  it('ends on a whole step above the largest value', () => {
    expect(timeAxisRange(315)).toEqual({ min: 0, max: 360, interval: 60 });
    expect(timeAxisRange(300)).toEqual({ min: 0, max: 300, interval: 60 });
    expect(timeAxisRange(59.4)).toEqual({ min: 0, max: 60, interval: 10 });
  });
});
