import { afterEach, describe, expect, it } from 'vitest';
import type { BronzeStore } from './bronze-store';
import { openMemoryStore } from './test-support/open-memory-store';
import { AF } from './test-support/seed-bronze';
import { TEST_ASSET_SOURCE } from './test-support/test-source';

let store: BronzeStore;
afterEach(async () => {
  await store.close();
});

const dump = (): Promise<unknown[]> =>
  store.readRows(
    `SELECT element_webid, name, path, parent_webid, depth, template_name, category_names, description
     FROM bronze.pi_af_hierarchy ORDER BY path`,
  );

describe('landAfElements', () => {
  it('lands each element once, and re-landing replaces rather than duplicates', async () => {
    store = await openMemoryStore();
    expect(await store.landAfElements(TEST_ASSET_SOURCE, AF)).toBe(4);
    const first = await dump();
    expect(first).toHaveLength(4);
    expect(first[3]).toEqual({
      element_webid: 'E-P01',
      name: 'Pump01',
      path: '\\\\AF\\DB\\Sydney\\Unit01\\Pump01',
      parent_webid: 'E-U01',
      depth: 3,
      template_name: 'Pump',
      category_names: ['Rotating', 'Equipment'],
      description: 'pump',
    });
    await store.landAfElements(TEST_ASSET_SOURCE, AF);
    expect(await dump()).toEqual(first);

    // The last occurrence of a WebId in one batch wins.
    await store.landAfElements(TEST_ASSET_SOURCE, [{ ...AF[0]!, description: 'old' }, { ...AF[0]!, description: 'new' }]);
    const rows = await store.readRows("SELECT description FROM bronze.pi_af_hierarchy WHERE element_webid = 'E-SYD'");
    expect(rows).toEqual([{ description: 'new' }]);
    // A landing is the database's whole hierarchy: elements it no longer lists are gone.
    expect((await store.counts()).afElements).toBe(1);
  });

  it('keeps each AF database apart: landing one never touches another', async () => {
    store = await openMemoryStore();
    const other = { ...TEST_ASSET_SOURCE, assetServerId: 'other-guid', assetServerName: 'OTHERAF' };
    await store.landAfElements(TEST_ASSET_SOURCE, AF);
    await store.landAfElements(other, [{ ...AF[0]!, webId: 'E-OTHER' }]);
    await store.landAfElements(TEST_ASSET_SOURCE, AF);
    const perSource = await store.readRows(
      `SELECT s.asset_server_name AS server, count(*)::DOUBLE AS n FROM bronze.pi_af_hierarchy JOIN bronze.pi_asset_sources s USING (asset_key)
       GROUP BY ALL ORDER BY server`,
    );
    expect(perSource).toEqual([{ server: 'OTHERAF', n: 1 }, { server: 'TESTAF', n: 4 }]);
  });
});
