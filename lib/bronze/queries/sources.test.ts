import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { BronzeStore } from '../bronze-store';
import { openMemoryStore } from '../test-support/open-memory-store';
import { seedBronze } from '../test-support/seed-bronze';
import { OTHER_ASSET_SOURCE, OTHER_SOURCE, seededKeys, seedOtherSource, type SeededKeys } from '../test-support/seed-other-source';
import { TEST_ASSET_SOURCE, TEST_SOURCE } from '../test-support/test-source';
import { listAssetSources } from './list-asset-sources';
import { listDataSources } from './list-data-sources';
import { resolveSourceKey } from './resolve-source';

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

describe('listDataSources', () => {
  it('lists each PI server with its own tag and value counts, the last landed first', async () => {
    const sources = await listDataSources(store);
    expect(sources.map(({ lastLandedAtMs: _, ...rest }) => rest)).toEqual([
      { key: keys.other.source, serverId: OTHER_SOURCE.dataServerId, serverName: 'OTHERDA', tagCount: 2, rowCount: 5 },
      { key: keys.test.source, serverId: TEST_SOURCE.dataServerId, serverName: 'TESTDA', tagCount: 3, rowCount: 19 },
    ]);
    expect(sources[0]?.lastLandedAtMs).toBeGreaterThanOrEqual(sources[1]?.lastLandedAtMs ?? Number.POSITIVE_INFINITY);
  });
});

describe('listAssetSources', () => {
  it('lists each AF database with its own element and frame counts, the last landed first', async () => {
    expect((await listAssetSources(store)).map(({ lastLandedAtMs: _, ...rest }) => rest)).toEqual([
      { key: keys.other.asset, serverId: OTHER_ASSET_SOURCE.assetServerId, serverName: 'OTHERAF', databaseName: 'Production', elementCount: 3, frameCount: 1 },
      { key: keys.test.asset, serverId: TEST_ASSET_SOURCE.assetServerId, serverName: 'TESTAF', databaseName: 'Production', elementCount: 4, frameCount: 4 },
    ]);
  });
});

describe('resolveSourceKey', () => {
  it('defaults to the source landed last', async () => {
    expect(await resolveSourceKey(store, 'data', undefined)).toEqual({ ok: true, value: keys.other.source });
    expect(await resolveSourceKey(store, 'asset', undefined)).toEqual({ ok: true, value: keys.other.asset });
  });

  it('moves the default when an older source lands again', async () => {
    const again = await openMemoryStore();
    try {
      await seedBronze(again);
      await seedOtherSource(again);
      const k = await seededKeys(again);
      // A minute later, so the order cannot hang on two landings sharing a millisecond.
      vi.useFakeTimers({ toFake: ['Date'] });
      vi.setSystemTime(Date.now() + 60_000);
      await again.landAfElements(TEST_ASSET_SOURCE, [
        { webId: 'E-NEW', name: 'Hobart', path: '\\\\AF\\DB\\Hobart', parentWebId: null, depth: 1, templateName: 'Plant', categoryNames: [], description: null },
      ]);
      expect(await resolveSourceKey(again, 'asset', undefined)).toEqual({ ok: true, value: k.test.asset });
      // The landing replaced that database's tree: one element, its four frames still there.
      expect((await listAssetSources(again))[0]).toMatchObject({ key: k.test.asset, elementCount: 1, frameCount: 4 });
    } finally {
      vi.useRealTimers();
      await again.close();
    }
  });

  it('takes a key that exists and refuses one that does not', async () => {
    expect(await resolveSourceKey(store, 'data', keys.test.source)).toEqual({ ok: true, value: keys.test.source });
    expect(await resolveSourceKey(store, 'asset', keys.test.asset)).toEqual({ ok: true, value: keys.test.asset });
    for (const key of [0, 99, 2 ** 40]) {
      expect(await resolveSourceKey(store, 'data', key)).toEqual({ ok: false, error: { kind: 'unknown-source', sourceKind: 'data', key } });
    }
    expect(await resolveSourceKey(store, 'asset', 99)).toEqual({ ok: false, error: { kind: 'unknown-source', sourceKind: 'asset', key: 99 } });
  });

  it('is null while bronze holds no source', async () => {
    const empty = await openMemoryStore();
    try {
      expect(await resolveSourceKey(empty, 'data', undefined)).toEqual({ ok: true, value: null });
      expect(await resolveSourceKey(empty, 'asset', undefined)).toEqual({ ok: true, value: null });
      expect(await listDataSources(empty)).toEqual([]);
      expect(await listAssetSources(empty)).toEqual([]);
    } finally {
      await empty.close();
    }
  });
});
