import { describe, expect, it } from 'vitest';
import { combinePartitions, type PartitionOutcome } from './mode-summary';

const outcome = (bytes: number, wireBytes: number | undefined): PartitionOutcome => ({
  tagsLanded: 10,
  points: 100,
  retries: 0,
  failedTags: [],
  values: { elapsedMs: 10, httpRequests: 1, bytes, ...(wireBytes === undefined ? {} : { wireBytes }), pointsPerSecond: 0, scanDeclined: 0 },
});

describe('combinePartitions wire bytes', () => {
  it('adds the wire bytes of every partition beside the decoded bytes', () => {
    const s = combinePartitions({ mode: 'batch', tagsTotal: 20, timeBoxHit: false, outcomes: [outcome(1000, 80), outcome(3000, 250)] });
    expect(s.bytes).toBe(4000);
    expect(s.wireBytes).toBe(330);
  });

  it('reports no wire bytes when a partition did not measure them, rather than a partial sum', () => {
    const s = combinePartitions({ mode: 'batch', tagsTotal: 20, timeBoxHit: false, outcomes: [outcome(1000, 80), outcome(3000, undefined)] });
    expect(s.bytes).toBe(4000);
    expect(s).not.toHaveProperty('wireBytes');
  });
});
