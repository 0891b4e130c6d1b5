import { describe, expect, it } from 'vitest';
import { openSeededStoreAround } from '../test-support/seeded-store';
import { intervalHistogram } from './interval-histogram';

const seeded = openSeededStoreAround();

describe('intervalHistogram', () => {
  it('buckets the seconds between samples of every tag of the source, ignoring the second value at a timestamp', async () => {
    // TEMP: 9 intervals of 60 s; PRES: 4 of 300 s; FLOW: 2 of 60 s (the seq-1 value is no new sample).
    const all = await intervalHistogram(seeded.store, { sourceKey: seeded.keys.test.source, edgesSeconds: [0, 60, 300] });
    expect(all).toEqual({
      buckets: [
        { fromSeconds: 0, toSeconds: 60, count: 0 },
        { fromSeconds: 60, toSeconds: 300, count: 11 },
        { fromSeconds: 300, toSeconds: null, count: 4 },
      ],
      medianSeconds: 60,
      intervalCount: 15,
      sharedTimestampValues: 1,
    });
  });

  it('counts only the chosen source’s intervals', async () => {
    // X-TEMP: 2 intervals of 30 s; X-LEVEL: 1 of 60 s.
    expect(await intervalHistogram(seeded.store, { sourceKey: seeded.keys.other.source, edgesSeconds: [0, 60, 300] })).toEqual({
      buckets: [
        { fromSeconds: 0, toSeconds: 60, count: 2 },
        { fromSeconds: 60, toSeconds: 300, count: 1 },
        { fromSeconds: 300, toSeconds: null, count: 0 },
      ],
      medianSeconds: 30,
      intervalCount: 3,
      sharedTimestampValues: 0,
    });
  });

  it('narrows to one tag of the source', async () => {
    const pressure = await intervalHistogram(seeded.store, { sourceKey: seeded.keys.test.source, webId: 'W-PRES' });
    expect(pressure.intervalCount).toBe(4);
    expect(pressure.medianSeconds).toBe(300);
    expect(pressure.buckets.find((b) => b.fromSeconds === 300)?.count).toBe(4);
    expect(pressure.sharedTimestampValues).toBe(0);
    expect((await intervalHistogram(seeded.store, { sourceKey: seeded.keys.test.source, webId: 'W-FLOW' })).sharedTimestampValues).toBe(1);
  });

  it('is empty for a tag without data or of another source', async () => {
    for (const input of [
      { sourceKey: seeded.keys.test.source, webId: 'nope' },
      { sourceKey: seeded.keys.other.source, webId: 'W-PRES' },
    ]) {
      const none = await intervalHistogram(seeded.store, input);
      expect(none.intervalCount).toBe(0);
      expect(none.medianSeconds).toBeNull();
    }
  });
});
