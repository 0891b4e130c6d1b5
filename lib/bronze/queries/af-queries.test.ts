import { describe, expect, it } from 'vitest';
import { openSeededStoreAround } from '../test-support/seeded-store';
import { afChildren } from './af-children';
import { afDepthCounts } from './af-depth-counts';
import { afTemplateCounts } from './af-template-counts';

const seeded = openSeededStoreAround();

describe('AF queries', () => {
  it('count elements per depth of the chosen database', async () => {
    expect(await afDepthCounts(seeded.store, { assetKey: seeded.keys.test.asset })).toEqual([
      { depth: 1, count: 2 },
      { depth: 2, count: 1 },
      { depth: 3, count: 1 },
    ]);
    expect(await afDepthCounts(seeded.store, { assetKey: seeded.keys.other.asset })).toEqual([
      { depth: 1, count: 1 },
      { depth: 2, count: 2 },
    ]);
  });

  it('count elements per template of the chosen database, most common first', async () => {
    expect(await afTemplateCounts(seeded.store, { assetKey: seeded.keys.test.asset })).toEqual([
      { templateName: 'Plant', count: 2 },
      { templateName: 'ProcessUnit', count: 1 },
      { templateName: 'Pump', count: 1 },
    ]);
    expect(await afTemplateCounts(seeded.store, { assetKey: seeded.keys.other.asset })).toEqual([
      { templateName: 'ProcessUnit', count: 2 },
      { templateName: 'Plant', count: 1 },
    ]);
  });

  it('load the tree one level at a time, with child counts', async () => {
    const roots = await afChildren(seeded.store, { assetKey: seeded.keys.test.asset, parentWebId: null });
    expect(roots.map((r) => [r.name, r.childCount])).toEqual([
      ['Perth', 0],
      ['Sydney', 1],
    ]);
    expect(await afChildren(seeded.store, { assetKey: seeded.keys.test.asset, parentWebId: 'E-U01' })).toEqual([
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
    const roots = await afChildren(seeded.store, { assetKey: seeded.keys.other.asset, parentWebId: null });
    expect(roots.map((r) => [r.webId, r.childCount])).toEqual([['X-PL1', 2]]);
    expect((await afChildren(seeded.store, { assetKey: seeded.keys.other.asset, parentWebId: 'X-PL1' })).map((r) => r.name)).toEqual(['Unit01', 'Unit02']);
    expect(await afChildren(seeded.store, { assetKey: seeded.keys.test.asset, parentWebId: 'X-PL1' })).toEqual([]);
  });
});
