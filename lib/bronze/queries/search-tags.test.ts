import { describe, expect, it } from 'vitest';
import { openSeededStoreAround } from '../test-support/seeded-store';
import { searchTags } from './search-tags';

const seeded = openSeededStoreAround();

describe('searchTags', () => {
  it('matches a name substring case-insensitively, ordered by name, with landed row counts', async () => {
    expect(await searchTags(seeded.store, { sourceKey: seeded.keys.test.source, text: 'unit01' })).toEqual([
      { tagKey: 2, webId: 'W-PRES', name: 'Sydney.Unit01.Pressure', units: 'bar', rowCount: 5 },
      { tagKey: 1, webId: 'W-TEMP', name: 'Sydney.Unit01.Temperature', units: 'degC', rowCount: 10 },
    ]);
  });

  it('finds only the chosen source’s tags', async () => {
    const other = await searchTags(seeded.store, { sourceKey: seeded.keys.other.source, text: 'unit0' });
    expect(other.map((t) => [t.webId, t.rowCount])).toEqual([
      ['X-TEMP', 3],
      ['X-LEVEL', 2],
    ]);
    expect(await searchTags(seeded.store, { sourceKey: seeded.keys.other.source, text: 'Sydney' })).toEqual([]);
    expect((await searchTags(seeded.store, { sourceKey: seeded.keys.test.source, text: '' })).map((t) => t.webId)).toEqual(['W-FLOW', 'W-PRES', 'W-TEMP']);
  });

  it('honours the limit and treats % and _ literally', async () => {
    expect(await searchTags(seeded.store, { sourceKey: seeded.keys.test.source, text: '', limit: 1 })).toHaveLength(1);
    expect(await searchTags(seeded.store, { sourceKey: seeded.keys.test.source, text: '%' })).toEqual([]);
    expect(await searchTags(seeded.store, { sourceKey: seeded.keys.test.source, text: 'Unit_1' })).toEqual([]);
  });
});
