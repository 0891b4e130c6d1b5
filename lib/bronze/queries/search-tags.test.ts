import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BronzeStore } from '../bronze-store';
import { openMemoryStore } from '../test-support/open-memory-store';
import { seedBronze } from '../test-support/seed-bronze';
import { searchTags } from './search-tags';

let store: BronzeStore;
beforeAll(async () => {
  store = await openMemoryStore();
  await seedBronze(store);
});
afterAll(async () => {
  await store.close();
});

describe('searchTags', () => {
  it('matches a name substring case-insensitively, ordered by name, with landed row counts', async () => {
    expect(await searchTags(store, { text: 'unit01' })).toEqual([
      { tagKey: 2, webId: 'W-PRES', name: 'Sydney.Unit01.Pressure', units: 'bar', rowCount: 5 },
      { tagKey: 1, webId: 'W-TEMP', name: 'Sydney.Unit01.Temperature', units: 'degC', rowCount: 10 },
    ]);
  });

  it('honours the limit and treats % and _ literally', async () => {
    expect(await searchTags(store, { text: '', limit: 1 })).toHaveLength(1);
    expect(await searchTags(store, { text: '%' })).toEqual([]);
    expect(await searchTags(store, { text: 'Unit_1' })).toEqual([]);
  });
});
