import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BronzeStore } from '../bronze-store';
import { openMemoryStore } from '../test-support/open-memory-store';
import { seedBronze } from '../test-support/seed-bronze';
import { intervalHistogram } from './interval-histogram';

let store: BronzeStore;
beforeAll(async () => {
  store = await openMemoryStore();
  await seedBronze(store);
});
afterAll(async () => {
  await store.close();
});

describe('intervalHistogram', () => {
  it('buckets the seconds between samples of every tag, ignoring the second value at a timestamp', async () => {
    // TEMP: 9 intervals of 60 s; PRES: 4 of 300 s; FLOW: 2 of 60 s (the seq-1 value is no new sample).
    const all = await intervalHistogram(store, { edgesSeconds: [0, 60, 300] });
    expect(all).toEqual({
      buckets: [
        { fromSeconds: 0, toSeconds: 60, count: 0 },
        { fromSeconds: 60, toSeconds: 300, count: 11 },
        { fromSeconds: 300, toSeconds: null, count: 4 },
      ],
      medianSeconds: 60,
      intervalCount: 15,
    });
  });

  it('narrows to one tag', async () => {
    const pressure = await intervalHistogram(store, { webId: 'W-PRES' });
    expect(pressure.intervalCount).toBe(4);
    expect(pressure.medianSeconds).toBe(300);
    expect(pressure.buckets.find((b) => b.fromSeconds === 300)?.count).toBe(4);
  });

  it('is empty for a tag without data', async () => {
    const none = await intervalHistogram(store, { webId: 'nope' });
    expect(none.intervalCount).toBe(0);
    expect(none.medianSeconds).toBeNull();
  });
});
