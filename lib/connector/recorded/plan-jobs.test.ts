import { describe, expect, it } from 'vitest';
import { planJobs } from './plan-jobs';

const tags = [1, 2, 3].map((key) => ({ key, webId: `W${key}`, name: `T${key}` }));
const H = 3_600_000;
const window = { startMs: 10 * H, endMs: 11 * H };

describe('planJobs', () => {
  it('reads every tag without checkpoints', () => {
    expect(planJobs(tags, window, 'window', new Map()).jobs).toHaveLength(3);
  });

  it('skips tags whose extracted range covers the window (resume after a kill)', () => {
    const marks = new Map([[1, { firstTsMs: 10 * H, lastTsMs: 11 * H }], [2, { firstTsMs: 10 * H, lastTsMs: 10.5 * H }]]);
    const { jobs, skipped } = planJobs(tags, window, 'window', marks);
    expect(skipped).toBe(1);
    expect(jobs.map((j) => [j.key, j.startMs, j.endMs])).toEqual([[2, 10 * H, 11 * H], [3, 10 * H, 11 * H]]);
  });

  it('frontfills from the last timestamp and backfills to the first', () => {
    const marks = new Map([[1, { firstTsMs: 10.25 * H, lastTsMs: 10.5 * H }], [2, { firstTsMs: 10 * H, lastTsMs: 11 * H }]]);
    const front = planJobs(tags, window, 'frontfill', marks);
    expect(front.jobs.map((j) => [j.key, j.startMs, j.endMs])).toEqual([[1, 10.5 * H, 11 * H], [3, 10 * H, 11 * H]]);
    expect(front.skipped).toBe(1);
    const back = planJobs(tags, window, 'backfill', marks);
    expect(back.jobs.map((j) => [j.key, j.startMs, j.endMs])).toEqual([[1, 10 * H, 10.25 * H], [3, 10 * H, 11 * H]]);
    expect(back.skipped).toBe(1);
  });
});
