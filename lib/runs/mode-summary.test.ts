import { describe, expect, it } from 'vitest';
import { combinePartitions, FAILED_TAGS_LISTED, type PartitionOutcome } from './mode-summary';

function outcome(patch: Partial<PartitionOutcome> & { elapsedMs?: number; requests?: number }): PartitionOutcome {
  return {
    tagsLanded: patch.tagsLanded ?? 0,
    points: patch.points ?? 0,
    retries: patch.retries ?? 0,
    failedTags: patch.failedTags ?? [],
    values: { elapsedMs: patch.elapsedMs ?? 0, httpRequests: patch.requests ?? 0, bytes: 100, wireBytes: 10, pointsPerSecond: 0, scanDeclined: 0 },
  };
}

describe('combinePartitions', () => {
  it('adds counts and takes the slowest partition as the time of partitions read side by side', () => {
    const s = combinePartitions({
      mode: 'batch',
      tagsTotal: 1040,
      timeBoxHit: false,
      outcomes: [outcome({ tagsLanded: 500, points: 30_500, elapsedMs: 400, requests: 5, retries: 1 }), outcome({ tagsLanded: 540, points: 32_940, elapsedMs: 500, requests: 6 })],
    });
    expect(s).toEqual({
      mode: 'batch',
      tagsTotal: 1040,
      tagsLanded: 1040,
      tagsFailed: 0,
      values: 63_440,
      httpRequests: 11,
      bytes: 200,
      wireBytes: 20,
      elapsedMs: 500,
      valuesPerSecond: 126_880,
      retries: 1,
      failedTags: [],
      timeBoxed: false,
      projection: null,
    });
  });

  it('projects a time-boxed mode from the tags it read', () => {
    const failedTags = [{ name: 'T1', webId: 'W1', reason: 'http 503' }];
    const s = combinePartitions({ mode: 'sequential', tagsTotal: 1040, timeBoxHit: true, outcomes: [outcome({ tagsLanded: 103, failedTags, points: 6_344, elapsedMs: 3000 })] });
    expect(s.timeBoxed).toBe(true);
    expect(s.projection).toEqual({ projectedMs: 30_000, basisTags: 104, totalTags: 1040 });
  });

  it('records no projection from a time box too short for the projection rule', () => {
    const s = combinePartitions({ mode: 'sequential', tagsTotal: 1040, timeBoxHit: true, outcomes: [outcome({ tagsLanded: 104, points: 6_344, elapsedMs: 1000 })] });
    expect(s.timeBoxed).toBe(true);
    expect(s.projection).toBeNull();
  });

  it("takes the mode's own clock across partitions when it was kept", () => {
    const s = combinePartitions({
      mode: 'batch',
      tagsTotal: 2,
      timeBoxHit: false,
      clock: { elapsedMs: 700, listingMs: 120 },
      outcomes: [outcome({ tagsLanded: 1, points: 61, elapsedMs: 500 }), outcome({ tagsLanded: 1, points: 61, elapsedMs: 400 })],
    });
    expect(s.elapsedMs).toBe(700);
    expect(s.listingMs).toBe(120);
  });

  it('is not time-boxed when the box fired after every tag was read', () => {
    const s = combinePartitions({ mode: 'sequential', tagsTotal: 2, timeBoxHit: true, outcomes: [outcome({ tagsLanded: 2, points: 122, elapsedMs: 10 })] });
    expect(s.timeBoxed).toBe(false);
    expect(s.projection).toBeNull();
  });

  it(`counts every failed tag but names only the first ${FAILED_TAGS_LISTED}`, () => {
    const failedTags = Array.from({ length: 25 }, (_, i) => ({ name: `T${i}`, webId: `W${i}`, reason: 'http 500' }));
    const s = combinePartitions({ mode: 'batch', tagsTotal: 25, timeBoxHit: false, outcomes: [outcome({ failedTags, elapsedMs: 5 })] });
    expect(s.tagsFailed).toBe(25);
    expect(s.failedTags).toHaveLength(FAILED_TAGS_LISTED);
    expect(s.failedTags[0]).toEqual({ name: 'T0', reason: 'http 500' });
  });
});
