import { afterEach, describe, expect, it } from 'vitest';
import type { BronzeStore } from './bronze-store';
import { openMemoryStore } from './test-support/open-memory-store';
import { TEST_SOURCE } from './test-support/test-source';

let store: BronzeStore;
afterEach(async () => {
  await store.close();
});

describe('registerTags', () => {
  it('numbers new WebIds in input order and keeps keys stable when registered again', async () => {
    store = await openMemoryStore();
    const first = await store.registerTags(TEST_SOURCE, [
      { webId: 'W1', name: 'A', units: 'degC' },
      { webId: 'W2', name: 'B', units: 'bar' },
    ]);
    expect(first).toEqual(new Map([['W1', 1], ['W2', 2]]));
    const again = await store.registerTags(TEST_SOURCE, [
      { webId: 'W3', name: 'C', units: 'kW' },
      { webId: 'W2', name: 'B2', units: 'kPa', pointId: 9 },
      { webId: 'W3', name: 'C', units: 'kW' },
    ]);
    expect(again).toEqual(new Map([['W3', 3], ['W2', 2]]));
    const rows = await store.readRows('SELECT tag_key, tag_webid, tag_name, units, point_id FROM bronze.pi_tags ORDER BY tag_key');
    expect(rows).toEqual([
      { tag_key: 1, tag_webid: 'W1', tag_name: 'A', units: 'degC', point_id: null },
      { tag_key: 2, tag_webid: 'W2', tag_name: 'B2', units: 'kPa', point_id: 9 },
      { tag_key: 3, tag_webid: 'W3', tag_name: 'C', units: 'kW', point_id: null },
    ]);
  });

  it('returns an empty map for no tags', async () => {
    store = await openMemoryStore();
    expect(await store.registerTags(TEST_SOURCE, [])).toEqual(new Map());
    expect((await store.counts()).tags).toBe(0);
  });
});
