import { describe, expect, it } from 'vitest';
import { axisFraction, chooseScale, countAxisPlan, timeAxisOption, timeAxisPlan } from './value-axis';

describe('chooseScale', () => {
  it.each([
    [[4.7, 4.3, 1_188], 'log'],
    [[0.31, 1.2], 'linear'],
    [[1, 50], 'linear'],
    [[1, 50.1], 'log'],
    [[0, 0.1, 10], 'log'],
    [[0, 5], 'linear'],
    [[], 'linear'],
  ] as const)('%j -> %s', (values, scale) => {
    expect(chooseScale(values)).toBe(scale);
  });
});

describe('timeAxisPlan', () => {
  it('goes logarithmic at 30,240 tags: batch 4.7 s and streamsets 4.3 s beside a 20-minute projection', () => {
    const plan = timeAxisPlan([4.7, 4.3, 28.5, 1_188]);
    expect(plan).toMatchObject({ scale: 'log', min: 0.5, max: 1_800 });
    expect(plan.ticks).toEqual([0.5, 10, 60, 1_800]);
    // The shortest bar keeps a fifth of the axis: about 90 px of a 450 px plot, not a hairline.
    expect(axisFraction(plan, 4.3)).toBeGreaterThanOrEqual(0.2);
  });

  it('reaches a value it must include (the 5-minute SLA) and labels it', () => {
    const plan = timeAxisPlan([4.7, 4.3], { include: [300] });
    expect(plan).toEqual({ scale: 'log', min: 1, max: 600, ticks: [1, 10, 60, 300, 600] });
    expect(timeAxisPlan([4.7, 4.3, 1_188], { include: [300] }).ticks).toEqual([0.5, 10, 60, 300, 1_800]);
  });

  it('puts a linear axis’s mark among its ticks', () => {
    expect(timeAxisPlan([100, 250], { include: [300], headroom: 1.2 }).ticks).toEqual([0, 60, 120, 180, 240, 300, 360]);
    expect(timeAxisPlan([200, 420], { include: [300], headroom: 1 }).ticks).toEqual([0, 120, 240, 300, 360, 480]);
  });

  it('stays linear with round steps when the values are alike', () => {
    expect(timeAxisPlan([10.5, 3.756])).toEqual({ scale: 'linear', min: 0, max: 12, ticks: [0, 2, 4, 6, 8, 10, 12] });
    expect(timeAxisPlan([240, 300], { headroom: 1 })).toEqual({ scale: 'linear', min: 0, max: 300, ticks: [0, 60, 120, 180, 240, 300] });
  });

  it('labels ticks in human units, never "1.3 h"', () => {
    const plan = timeAxisPlan([2_700, 4_680], { headroom: 1 });
    const option = timeAxisOption(plan);
    expect(option.type).toBe('value');
    expect(plan.ticks.map(option.axisLabel.formatter)).toEqual(['0 s', '15 min', '30 min', '45 min', '1 h', '1 h 15 min', '1 h 30 min']);
    expect(option.axisLabel.customValues).toEqual(plan.ticks);
  });

  it('gives a log axis its type, base and the same ticks for labels and grid lines', () => {
    const option = timeAxisOption(timeAxisPlan([0.24, 1_200]));
    // Bars start at the axis minimum, not at 1 (ECharts' default for a log axis).
    expect(option).toMatchObject({ type: 'log', logBase: 10, min: 0.02, max: 1_800, startValue: 0.02 });
    expect(option.axisLabel.customValues).toEqual(option.axisTick.customValues);
    expect(option.axisLabel.customValues.map(option.axisLabel.formatter)).toEqual(['20 ms', '1 s', '10 s', '1 min', '30 min']);
  });
});

describe('countAxisPlan', () => {
  it('is logarithmic in decades for sequential beside batch requests', () => {
    expect(countAxisPlan([303, 1_913, 30_256])).toEqual({ scale: 'log', min: 50, max: 100_000, ticks: [100, 1_000, 10_000, 100_000] });
    // One frame beside thousands still draws: the floor is below 1.
    expect(countAxisPlan([1, 4_000])).toEqual({ scale: 'log', min: 0.5, max: 10_000, ticks: [1, 10, 100, 1_000, 10_000] });
  });

  it('is linear with round steps for similar counts', () => {
    expect(countAxisPlan([11, 11])).toEqual({ scale: 'linear', min: 0, max: 15, ticks: [0, 5, 10, 15] });
  });
});

describe('axisFraction', () => {
  it('measures along the axis in its own scale, clamped', () => {
    const log = { scale: 'log' as const, min: 1, max: 1_000, ticks: [] };
    expect(axisFraction(log, 10)).toBeCloseTo(1 / 3, 10);
    expect(axisFraction(log, 0.5)).toBe(0);
    expect(axisFraction({ scale: 'linear', min: 0, max: 10, ticks: [] }, 2.5)).toBe(0.25);
  });
});
