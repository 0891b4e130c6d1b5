import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BronzeStore } from '../bronze-store';
import { openMemoryStore } from '../test-support/open-memory-store';
import { seedBronze } from '../test-support/seed-bronze';
import { qualityBreakdown } from './quality-breakdown';

let store: BronzeStore;
beforeAll(async () => {
  store = await openMemoryStore();
  await seedBronze(store);
});
afterAll(async () => {
  await store.close();
});

describe('qualityBreakdown', () => {
  it('counts each flag over one tag', async () => {
    expect(await qualityBreakdown(store, { webId: 'W-FLOW' })).toEqual({
      total: 4,
      counts: { good: 2, questionable: 1, substituted: 1, annotated: 1, states: 1 },
      percent: { good: 50, questionable: 25, substituted: 25, annotated: 25, states: 25 },
    });
  });

  it('covers every tag by default: 17 of 19 rows good', async () => {
    const all = await qualityBreakdown(store);
    expect(all.total).toBe(19);
    expect(all.counts.good).toBe(17);
    expect(all.percent.good).toBeCloseTo((100 * 17) / 19, 10);
  });
});
