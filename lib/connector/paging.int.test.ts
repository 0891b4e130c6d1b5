/**
 * A tiny maxCount forces time paging on every stream, across timestamps that hold two values:
 * each strategy must still land exactly what one large read lands.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startMockFixture, type MockFixture } from '../pi-mock/test-support/mock-server-fixture';
import { duplicateKeys, extract, openMemoryStore, rowCount, tagChecksums } from './test-support/connector-fixture';
import { EXTRACTION_MODES } from './recorded/types';

describe('paging with maxCount=7 over values that share timestamps', () => {
  let mock: MockFixture;
  let reference: Map<string, string>;
  let referenceRows: number;

  beforeAll(async () => {
    mock = await startMockFixture({ tagCount: 128 });
    const store = await openMemoryStore();
    const full = await extract({ url: mock.server.url, mode: 'batch', store, plan: { endMs: Date.parse('2024-01-01T06:00:00Z') } });
    if (!full.ok) throw new Error('reference extraction failed');
    reference = await tagChecksums(store);
    referenceRows = await rowCount(store);
    // The window must really contain timestamps holding two values, or this test proves nothing.
    const shared = await store.readRows('SELECT count(*) AS n FROM bronze.pi_timeseries_raw WHERE seq > 0');
    expect(Number(shared[0]!.n)).toBeGreaterThan(0);
    await store.close();
  });
  afterAll(async () => mock?.server.close());

  it.each(EXTRACTION_MODES)('%s loses and duplicates nothing', async (mode) => {
    const store = await openMemoryStore();
    try {
      const result = await extract({
        url: mock.server.url,
        mode,
        store,
        options: { maxCount: 7, batchSize: 50 },
        plan: { endMs: Date.parse('2024-01-01T06:00:00Z') },
      });
      expect(result.ok && result.value.failedTags).toEqual([]);
      // 361 values per tag in pages of 7 means many more requests than tags.
      if (result.ok && mode === 'sequential') expect(result.value.values.httpRequests).toBeGreaterThan(128 * 50);
      expect(await rowCount(store)).toBe(referenceRows);
      expect(await duplicateKeys(store)).toBe(0);
      expect(await tagChecksums(store)).toEqual(reference);
    } finally {
      await store.close();
    }
  });
});
