import { describe, expect, it } from 'vitest';
import type { Interval } from '../../landing';
import { planJobs, type PlanContext } from './plan-jobs';

const tags = [1, 2, 3].map((key) => ({ key, webId: `W${key}`, name: `T${key}` }));
const H = 3_600_000;
const window = { startMs: 10 * H, endMs: 11 * H };
const iv = (a: number, b: number): Interval => ({ startMs: a * H, endMs: b * H });
const LONG_AGO_READ: PlanContext = { fill: 'window', readTimeMs: 1000 * H, stopAtReadTime: false };
const pieces = (plan: ReturnType<typeof planJobs>) =>
  plan.jobs.map((j) => [j.key, j.startMs / H, j.endMs / H, j.startOpen, j.endOpen, j.coveredEndMs / H]);

describe('planJobs', () => {
  it('reads every tag whole without checkpoints', () => {
    expect(pieces(planJobs(tags, window, new Map(), LONG_AGO_READ))).toEqual([
      [1, 10, 11, false, false, 11],
      [2, 10, 11, false, false, 11],
      [3, 10, 11, false, false, 11],
    ]);
  });

  it('skips covered tags and reads only the uncovered rest (resume after a kill)', () => {
    const coverage = new Map([[1, [iv(10, 11)]], [2, [iv(10, 10.5)]]]);
    const plan = planJobs(tags, window, coverage, LONG_AGO_READ);
    expect(plan.skipped).toBe(1);
    expect(pieces(plan)).toEqual([[3, 10, 11, false, false, 11], [2, 10.5, 11, true, false, 11]]);
  });

  it('reads a window that falls in a gap between two covered windows (00-01, 05-06, then 02-03)', () => {
    const coverage = new Map(tags.map((t) => [t.key, [iv(0, 1), iv(5, 6)]]));
    const plan = planJobs(tags, iv(2, 3), coverage, LONG_AGO_READ);
    expect(plan.skipped).toBe(0);
    expect(pieces(plan)).toEqual(tags.map((t) => [t.key, 2, 3, false, false, 3]));
  });

  it('gives a tag one piece per gap, sorted so pieces sharing a window stay together', () => {
    const coverage = new Map([[1, [iv(1, 2), iv(3, 4)]]]);
    const plan = planJobs(tags.slice(0, 2), iv(0, 5), coverage, LONG_AGO_READ);
    expect(pieces(plan)).toEqual([
      [1, 0, 1, false, true, 1],
      [2, 0, 5, false, false, 5],
      [1, 2, 3, true, true, 3],
      [1, 4, 5, true, false, 5],
    ]);
  });

  it('frontfills after the latest interval and backfills before the earliest', () => {
    const coverage = new Map([[1, [iv(10.25, 10.5)]], [2, [iv(10, 11)]]]);
    const front = planJobs(tags, window, coverage, { ...LONG_AGO_READ, fill: 'frontfill' });
    expect(pieces(front)).toEqual([[3, 10, 11, false, false, 11], [1, 10.5, 11, true, false, 11]]);
    expect(front.skipped).toBe(1);
    const back = planJobs(tags, window, coverage, { ...LONG_AGO_READ, fill: 'backfill' });
    expect(pieces(back)).toEqual([[1, 10, 10.25, false, true, 10.25], [3, 10, 11, false, false, 11]]);
    expect(back.skipped).toBe(1);
  });

  it('covers a window reaching into the future only up to the read time (a year-9999 end)', () => {
    const farEnd = Date.UTC(9999, 11, 31);
    const plan = planJobs(tags.slice(0, 1), { startMs: 10 * H, endMs: farEnd }, new Map(), { fill: 'window', readTimeMs: 12 * H, stopAtReadTime: false });
    expect(plan.jobs[0]).toMatchObject({ startMs: 10 * H, endMs: farEnd, coveredEndMs: 12 * H });
  });

  it('asks an append-only sink to read only up to the read time, and defers pieces wholly after it', () => {
    const ctx: PlanContext = { fill: 'window', readTimeMs: 10.5 * H, stopAtReadTime: true };
    const coverage = new Map([[2, [iv(10, 10.5)]]]);
    const plan = planJobs(tags, window, coverage, ctx);
    expect(pieces(plan)).toEqual([[1, 10, 10.5, false, false, 10.5], [3, 10, 10.5, false, false, 10.5]]);
    expect(plan.deferred).toBe(1);
  });
});
