import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BronzeStore } from '../bronze-store';
import { openMemoryStore } from '../test-support/open-memory-store';
import { seedBronze } from '../test-support/seed-bronze';
import { afChildren } from './af-children';
import { afDepthCounts } from './af-depth-counts';
import { afTemplateCounts } from './af-template-counts';

let store: BronzeStore;
beforeAll(async () => {
  store = await openMemoryStore();
  await seedBronze(store);
});
afterAll(async () => {
  await store.close();
});

describe('AF queries', () => {
  it('count elements per depth', async () => {
    expect(await afDepthCounts(store)).toEqual([
      { depth: 1, count: 2 },
      { depth: 2, count: 1 },
      { depth: 3, count: 1 },
    ]);
  });

  it('count elements per template, most common first', async () => {
    expect(await afTemplateCounts(store)).toEqual([
      { templateName: 'Plant', count: 2 },
      { templateName: 'ProcessUnit', count: 1 },
      { templateName: 'Pump', count: 1 },
    ]);
  });

  it('load the tree one level at a time, with child counts', async () => {
    const roots = await afChildren(store, { parentWebId: null });
    expect(roots.map((r) => [r.name, r.childCount])).toEqual([
      ['Perth', 0],
      ['Sydney', 1],
    ]);
    expect(await afChildren(store, { parentWebId: 'E-U01' })).toEqual([
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
});
