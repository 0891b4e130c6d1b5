/**
 * The three strategies against the mock on 127.0.0.1: 1,040 tags x 1 h land identical rows
 * (per-tag checksums) and exactly the values the server holds, with no duplicate keys.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { countRecordedValues } from '../pi-mock/test-support/count-recorded-values';
import { startMockFixture, type MockFixture } from '../pi-mock/test-support/mock-server-fixture';
import type { BronzeStore } from '../bronze';
import { duplicateKeys, extract, HOUR_WINDOW, openMemoryStore, rowCount, tagChecksums } from './test-support/connector-fixture';
import { EXTRACTION_MODES } from './recorded/types';

describe('sequential, batch and streamsets at 1,040 tags', () => {
  let mock: MockFixture;
  const stores = new Map<string, BronzeStore>();
  let expectedValues = 0;

  beforeAll(async () => {
    mock = await startMockFixture({ tagCount: 1040 });
    // What the server holds for the window, counted stream by stream over HTTP.
    expectedValues = await countRecordedValues(mock.server.url, mock.world.catalogue, '2024-01-01T00:00:00Z', '2024-01-01T01:00:00Z');
  });
  afterAll(async () => {
    for (const s of stores.values()) await s.close();
    await mock?.server.close();
  });

  it.each(EXTRACTION_MODES)('%s lands every value of every tag exactly once', async (mode) => {
    const store = await openMemoryStore();
    stores.set(mode, store);
    const result = await extract({ url: mock.server.url, mode, store, options: { concurrency: 4, batchSize: 100 } });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value.failedTags).toEqual([]);
    expect(result.value.fatal).toBeNull();
    expect(result.value.tags).toBe(1040);
    expect(result.value.points).toBe(expectedValues);
    expect(await rowCount(store)).toBe(expectedValues);
    expect(await duplicateKeys(store)).toBe(0);
    const expectedRequests = { sequential: 1040, batch: 11, streamsets: 11 }[mode];
    expect(result.value.values.httpRequests).toBe(expectedRequests);
  });

  it('lands identical rows whichever strategy read them', async () => {
    const [a, b, c] = await Promise.all(EXTRACTION_MODES.map((m) => tagChecksums(stores.get(m)!)));
    expect(a!.size).toBe(1040);
    expect(b).toEqual(a);
    expect(c).toEqual(a);
  });

  it('adds nothing when the same window is extracted again', async () => {
    const store = stores.get('batch')!;
    const before = await tagChecksums(store);
    const again = await extract({ url: mock.server.url, mode: 'batch', store });
    expect(again.ok && again.value.tags).toBe(0);
    expect(again.ok && again.value.skippedTags).toBe(1040);
    expect(await rowCount(store)).toBe(expectedValues);
    expect(await tagChecksums(store)).toEqual(before);
    expect(HOUR_WINDOW.endMs - HOUR_WINDOW.startMs).toBe(3_600_000);
  });
});
