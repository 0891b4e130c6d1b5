import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BronzeStore } from '../bronze-store';
import { openMemoryStore } from '../test-support/open-memory-store';
import { seedBronze } from '../test-support/seed-bronze';
import { seededKeys, seedOtherSource, type SeededKeys } from '../test-support/seed-other-source';
import { afChildren } from './af-children';
import { afDepthCounts } from './af-depth-counts';
import { afTemplateCounts } from './af-template-counts';

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

describe('AF queries', () => {
  it('count elements per depth of the chosen database', async () => {
    expect(await afDepthCounts(store, { assetKey: keys.test.asset })).toEqual([
      { depth: 1, count: 2 },
      { depth: 2, count: 1 },
      { depth: 3, count: 1 },
    ]);
    expect(await afDepthCounts(store, { assetKey: keys.other.asset })).toEqual([
      { depth: 1, count: 1 },
      { depth: 2, count: 2 },
    ]);
  });

  it('count elements per template of the chosen database, most common first', async () => {
    expect(await afTemplateCounts(store, { assetKey: keys.test.asset })).toEqual([
      { templateName: 'Plant', count: 2 },
      { templateName: 'ProcessUnit', count: 1 },
      { templateName: 'Pump', count: 1 },
    ]);
    expect(await afTemplateCounts(store, { assetKey: keys.other.asset })).toEqual([
      { templateName: 'ProcessUnit', count: 2 },
      { templateName: 'Plant', count: 1 },
    ]);
  });

  it('load the tree one level at a time, with child counts', async () => {
    const roots = await afChildren(store, { assetKey: keys.test.asset, parentWebId: null });
    expect(roots.map((r) => [r.name, r.childCount])).toEqual([
      ['Perth', 0],
      ['Sydney', 1],
    ]);
    expect(await afChildren(store, { assetKey: keys.test.asset, parentWebId: 'E-U01' })).toEqual([
      {
        webId: 'E-P01',
        name: 'Pump01',
        path: '\\\\AF\\DB\\Sydney\\Unit01\\Pump01',
        depth: 3,
        templateName: 'Pump',
        categoryNames: ['Rotating', 'Equipment'],
        childCount: 0,
      },
    ]);
  });

  it('show only the chosen database’s tree', async () => {
    const roots = await afChildren(store, { assetKey: keys.other.asset, parentWebId: null });
    expect(roots.map((r) => [r.webId, r.childCount])).toEqual([['X-PL1', 2]]);
    expect((await afChildren(store, { assetKey: keys.other.asset, parentWebId: 'X-PL1' })).map((r) => r.name)).toEqual(['Unit01', 'Unit02']);
    expect(await afChildren(store, { assetKey: keys.test.asset, parentWebId: 'X-PL1' })).toEqual([]);
  });
});
