import { describe, expect, it } from 'vitest';
import { inPartition, parsePartition } from './partition';

describe('partitions', () => {
  it('parses i/N and rejects what is not', () => {
    expect(parsePartition('2/10')).toEqual({ ok: true, value: { index: 2, count: 10 } });
    for (const bad of ['0/10', '11/10', '1/0', 'a/b', '3']) expect(parsePartition(bad).ok).toBe(false);
  });

  it('gives every tag to exactly one of N partitions, in roughly equal shares', () => {
    const names = Array.from({ length: 30240 }, (_, i) => `Facility_${String(Math.floor(i / 504) + 1).padStart(3, '0')}_Unit${i % 63}_${i % 8}`);
    const counts = Array.from({ length: 10 }, (_, p) => names.filter((n) => inPartition(n, { index: p + 1, count: 10 })).length);
    expect(counts.reduce((a, b) => a + b, 0)).toBe(names.length);
    for (const c of counts) expect(Math.abs(c - 3024)).toBeLessThan(400);
    for (const n of names.slice(0, 100)) {
      expect(Array.from({ length: 10 }, (_, p) => inPartition(n, { index: p + 1, count: 10 })).filter(Boolean)).toHaveLength(1);
    }
  });
});
