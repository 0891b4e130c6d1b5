import { describe, expect, it } from 'vitest';
import { SENSOR_TYPES } from '../../tiers';
import { FLAG_BAD, FLAG_QUESTIONABLE, FLAG_SUBSTITUTED, RECORDED_STATES } from './quality';
import { POW10, SENSOR_DECIMALS, TagSignal, sampleCount, sampleFlags, sampleScaled, sampleState, sampleValue } from './signal';

const T0 = 1_704_067_200; // 2024-01-01T00:00:00Z
const STEP = 60;

describe('signal values', () => {
  it('are pinned: the same seed gives the same values in every process', () => {
    expect([0, 1, 2, 3, 4, 5, 6, 7].map((s) => sampleValue(1, s, s, T0, 0))).toEqual([
      47.316, 5.0201, 189.37, 66.809, 2704.3, 2464.2, 400.456, 74.049,
    ]);
    expect([0, 1, 2, 3, 4, 5, 6, 7].map((s) => sampleValue(7, 100 + s, s, T0 + 3600, 0))).toEqual([
      48.161, 5.8198, 132.62, 43.647, 3032.7, 2285.6, 403.361, 62.67,
    ]);
    expect(sampleCount(1, 3, T0 + 9 * STEP)).toBe(2);
    expect([sampleValue(1, 3, 3, T0 + 9 * STEP, 0), sampleValue(1, 3, 3, T0 + 9 * STEP, 1)]).toEqual([63.169, 64.621]);
    expect(sampleFlags(1, 3, T0 + 303 * STEP, 0)).toBe(FLAG_BAD);
    expect(sampleState(1, 3, T0 + 303 * STEP, 0)).toEqual({ name: 'No Data', code: 248 });
  });

  it('do not depend on call order or on the memoised TagSignal', () => {
    const forward = new TagSignal(1, 42, 2);
    const backward = new TagSignal(1, 42, 2);
    const ts = Array.from({ length: 500 }, (_, i) => T0 + i * 37 * STEP);
    const a = ts.map((t) => [forward.count(t), forward.flags(t, 0), forward.scaled(t, 0)]);
    const b = [...ts].reverse().map((t) => [backward.count(t), backward.flags(t, 0), backward.scaled(t, 0)]).reverse();
    expect(a).toEqual(b);
    expect(ts.map((t) => sampleScaled(1, 42, 2, t, 0))).toEqual(a.map((x) => x[2]));
  });

  it('differ between seeds and tags', () => {
    expect(sampleValue(1, 0, 0, T0, 0)).not.toBe(sampleValue(2, 0, 0, T0, 0));
    expect(sampleValue(1, 0, 0, T0, 0)).not.toBe(sampleValue(1, 8, 0, T0, 0));
  });

  it('stay in the sensor range, rounded to the sensor decimals', () => {
    for (let sensor = 0; sensor < SENSOR_TYPES.length; sensor++) {
      const { min, max } = SENSOR_TYPES[sensor]!;
      const signal = new TagSignal(1, sensor + 8 * 11, sensor);
      let lo = Infinity;
      let hi = -Infinity;
      let offGrid = 0;
      for (let k = 0; k < 20_000; k++) {
        const v = signal.value(T0 + k * STEP, 0);
        const scaled = signal.scaled(T0 + k * STEP, 0);
        if (!Number.isInteger(scaled) || v !== scaled / POW10[SENSOR_DECIMALS[sensor]!]!) offGrid++;
        lo = Math.min(lo, v);
        hi = Math.max(hi, v);
      }
      expect(offGrid).toBe(0);
      expect(lo).toBeGreaterThanOrEqual(min);
      expect(hi).toBeLessThanOrEqual(max);
      // The walk and the daily cycle move the value over a good part of the range.
      expect(hi - lo).toBeGreaterThan(0.2 * (max - min));
    }
  });

  it('move smoothly between neighbouring grid points apart from noise and spikes', () => {
    const signal = new TagSignal(1, 5, 0);
    let small = 0;
    for (let k = 0; k < 10_000; k++) {
      const step = Math.abs(signal.value(T0 + (k + 1) * STEP, 0) - signal.value(T0 + k * STEP, 0));
      if (step < 0.05 * 80) small++;
    }
    expect(small / 10_000).toBeGreaterThan(0.95);
  });
});

describe('signal quality and duplicates over 100,000 samples', () => {
  const N = 100_000;
  const counts = { good: 0, questionable: 0, substituted: 0, bad: 0, doubled: 0 };
  const states = new Set<number>();
  for (let i = 0; i < N; i++) {
    const tag = i % 97;
    const t = T0 + Math.floor(i / 97) * STEP;
    const flags = sampleFlags(3, tag, t, 0);
    if (flags === 0) counts.good++;
    else if (flags === FLAG_QUESTIONABLE) counts.questionable++;
    else if (flags === FLAG_SUBSTITUTED) counts.substituted++;
    else if (flags === FLAG_BAD) {
      counts.bad++;
      states.add(sampleState(3, tag, t, 0).code);
    }
    if (sampleCount(3, tag, t) === 2) counts.doubled++;
  }

  it('are ~95 % good, 4 % questionable, 1 % substituted, 0.1 % system states', () => {
    expect(counts.good + counts.questionable + counts.substituted + counts.bad).toBe(N);
    expect(counts.good / N).toBeCloseTo(0.949, 2);
    expect(counts.questionable / N).toBeGreaterThan(0.037);
    expect(counts.questionable / N).toBeLessThan(0.043);
    expect(counts.substituted / N).toBeGreaterThan(0.0085);
    expect(counts.substituted / N).toBeLessThan(0.0115);
    expect(counts.bad).toBeGreaterThan(60);
    expect(counts.bad).toBeLessThan(140);
  });

  it('carry only codes of PI system states', () => {
    const known = new Set(RECORDED_STATES.map((s) => s.code));
    expect(states.size).toBeGreaterThan(1);
    for (const code of states) expect(known.has(code)).toBe(true);
  });

  it('double ~0.2 % of grid points, the second value slightly different', () => {
    expect(counts.doubled).toBeGreaterThan(140);
    expect(counts.doubled).toBeLessThan(260);
    const signal = new TagSignal(1, 3, 3);
    const t = T0 + 9 * STEP;
    expect(signal.count(t)).toBe(2);
    expect(signal.value(t, 1)).not.toBe(signal.value(t, 0));
    expect(Math.abs(signal.value(t, 1) - signal.value(t, 0))).toBeLessThan(0.05 * 100);
  });
});
