import { describe, expect, it } from 'vitest';
import { LagHistogram } from './lag-histogram';

describe('LagHistogram', () => {
  it('answers null before any value', () => {
    expect(new LagHistogram().quantile(0.5)).toBeNull();
  });
  it('answers nearest-rank percentiles to the millisecond', () => {
    const h = new LagHistogram();
    for (let ms = 1; ms <= 100; ms++) h.add(ms);
    expect(h.quantile(0.5)).toBe(50);
    expect(h.quantile(0.95)).toBe(95);
    expect(h.quantile(1)).toBe(100);
  });
  it('clamps negative lags (clock skew) to 0 and very late ones past two minutes', () => {
    const h = new LagHistogram();
    h.add(-5);
    h.add(500_000);
    expect(h.quantile(0.5)).toBe(0);
    expect(h.quantile(1)).toBe(120_001);
  });
});
