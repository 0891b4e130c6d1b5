import { describe, expect, it, vi } from 'vitest';
import { openMemoryStore } from '../test-support/open-memory-store';
import { seedBronze } from '../test-support/seed-bronze';
import { OTHER_ASSET_SOURCE, OTHER_SOURCE, seededKeys, seedOtherSource } from '../test-support/seed-other-source';
import { openSeededStoreAround } from '../test-support/seeded-store';
import { TEST_ASSET_SOURCE, TEST_SOURCE } from '../test-support/test-source';
import { listAssetSources } from './list-asset-sources';
import { listDataSources } from './list-data-sources';
import { resolveSourceKey } from './resolve-source';

const seeded = openSeededStoreAround();

describe('listDataSources', () => {
  it('lists each PI server with its own tag and value counts, the last landed first', async () => {
    const sources = await listDataSources(seeded.store);
    expect(sources.map(({ lastLandedAtMs: _, ...rest }) => rest)).toEqual([
      { key: seeded.keys.other.source, serverId: OTHER_SOURCE.dataServerId, serverName: 'OTHERDA', tagCount: 2, rowCount: 5 },
      { key: seeded.keys.test.source, serverId: TEST_SOURCE.dataServerId, serverName: 'TESTDA', tagCount: 3, rowCount: 19 },
    ]);
    expect(sources[0]?.lastLandedAtMs).toBeGreaterThanOrEqual(sources[1]?.lastLandedAtMs ?? Number.POSITIVE_INFINITY);
  });
});

describe('listAssetSources', () => {
  it('lists each AF database with its own element and frame counts, the last landed first', async () => {
    expect((await listAssetSources(seeded.store)).map(({ lastLandedAtMs: _, ...rest }) => rest)).toEqual([
      { key: seeded.keys.other.asset, serverId: OTHER_ASSET_SOURCE.assetServerId, serverName: 'OTHERAF', databaseName: 'Production', elementCount: 3, frameCount: 1 },
      { key: seeded.keys.test.asset, serverId: TEST_ASSET_SOURCE.assetServerId, serverName: 'TESTAF', databaseName: 'Production', elementCount: 4, frameCount: 4 },
    ]);
  });
});

describe('resolveSourceKey', () => {
  it('defaults to the source landed last', async () => {
    expect(await resolveSourceKey(seeded.store, 'data', undefined)).toEqual({ ok: true, value: seeded.keys.other.source });
    expect(await resolveSourceKey(seeded.store, 'asset', undefined)).toEqual({ ok: true, value: seeded.keys.other.asset });
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
    expect(await resolveSourceKey(seeded.store, 'data', seeded.keys.test.source)).toEqual({ ok: true, value: seeded.keys.test.source });
    expect(await resolveSourceKey(seeded.store, 'asset', seeded.keys.test.asset)).toEqual({ ok: true, value: seeded.keys.test.asset });
    for (const key of [0, 99, 2 ** 40]) {
      expect(await resolveSourceKey(seeded.store, 'data', key)).toEqual({ ok: false, error: { kind: 'unknown-source', sourceKind: 'data', key } });
    }
    expect(await resolveSourceKey(seeded.store, 'asset', 99)).toEqual({ ok: false, error: { kind: 'unknown-source', sourceKind: 'asset', key: 99 } });
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
