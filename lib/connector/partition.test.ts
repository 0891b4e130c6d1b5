import { describe, expect, it } from 'vitest';
import { inPartition, parsePartition } from './partition';

describe('partitions', () => {
  it('parses i/N and rejects what is not', () => {
    expect(parsePartition('2/10')).toEqual({ ok: true, value: { index: 2, count: 10 } });
    for (const bad of ['0/10', '11/10', '1/0', 'a/b', '3']) expect(parsePartition(bad).ok).toBe(false);
  });

  it('takes auto/N from the scheduler: a Kubernetes Indexed Job first, then an AWS Batch array job, both 0-based', () => {
    expect(parsePartition('auto/4', { JOB_COMPLETION_INDEX: '0' })).toEqual({ ok: true, value: { index: 1, count: 4 } });
    expect(parsePartition('auto/4', { AWS_BATCH_JOB_ARRAY_INDEX: '3' })).toEqual({ ok: true, value: { index: 4, count: 4 } });
    expect(parsePartition('auto/4', { JOB_COMPLETION_INDEX: '2', AWS_BATCH_JOB_ARRAY_INDEX: '0' })).toEqual({ ok: true, value: { index: 3, count: 4 } });
  });

  it('fails auto/N with a message naming the variables when the scheduler gave no usable index', () => {
    const none = parsePartition('auto/4', {});
    expect(none.ok).toBe(false);
    expect(!none.ok && none.error).toContain('JOB_COMPLETION_INDEX or AWS_BATCH_JOB_ARRAY_INDEX');
    const outside = parsePartition('auto/4', { JOB_COMPLETION_INDEX: '4' });
    expect(!outside.ok && outside.error).toContain('numbered 0..3');
    const junk = parsePartition('auto/4', { AWS_BATCH_JOB_ARRAY_INDEX: 'x1' });
    expect(!junk.ok && junk.error).toContain("is 'x1', not a whole number");
    expect(parsePartition('auto/0', { JOB_COMPLETION_INDEX: '0' }).ok).toBe(false);
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
