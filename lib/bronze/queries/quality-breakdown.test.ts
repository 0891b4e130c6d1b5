import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BronzeStore } from '../bronze-store';
import { openMemoryStore } from '../test-support/open-memory-store';
import { seedBronze } from '../test-support/seed-bronze';
import { seededKeys, seedOtherSource, type SeededKeys } from '../test-support/seed-other-source';
import { qualityBreakdown } from './quality-breakdown';

let store: BronzeStore;
let keys: SeededKeys;
beforeAll(async () => {
  store = await openMemoryStore();
  await seedBronze(store);
  await seedOtherSource(store);
  keys = await seededKeys(store);
});
afterAll(async () => {
  await store.close();
});

describe('qualityBreakdown', () => {
  it('counts each flag over one tag', async () => {
    expect(await qualityBreakdown(store, { sourceKey: keys.test.source, webId: 'W-FLOW' })).toEqual({
      total: 4,
      counts: { good: 2, questionable: 1, substituted: 1, annotated: 1, states: 1 },
      percent: { good: 50, questionable: 25, substituted: 25, annotated: 25, states: 25 },
    });
  });

  it('covers every tag of the source by default: 17 of 19 rows good', async () => {
    const all = await qualityBreakdown(store, { sourceKey: keys.test.source });
    expect(all.total).toBe(19);
    expect(all.counts.good).toBe(17);
    expect(all.percent.good).toBeCloseTo((100 * 17) / 19, 10);
  });

  it('counts only the chosen source’s values', async () => {
    expect(await qualityBreakdown(store, { sourceKey: keys.other.source })).toEqual({
      total: 5,
      counts: { good: 4, questionable: 1, substituted: 0, annotated: 0, states: 0 },
      percent: { good: 80, questionable: 20, substituted: 0, annotated: 0, states: 0 },
    });
    expect((await qualityBreakdown(store, { sourceKey: keys.other.source, webId: 'W-FLOW' })).total).toBe(0);
  });
});
