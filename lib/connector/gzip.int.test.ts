/**
 * The connector asks for gzip by default and lands exactly what it lands without it: the same
 * rows per tag (count and checksum of every column), for each strategy, while it counts the
 * compressed bytes it received apart from the decoded bytes it parsed.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { countRecordedValues } from '../pi-mock/test-support/count-recorded-values';
import { startMockFixture, type MockFixture } from '../pi-mock/test-support/mock-server-fixture';
import type { BronzeStore } from '../bronze';
import { PiClient } from './http';
import { DEFAULT_RECORDED_OPTIONS, EXTRACTION_MODES, type ExtractionMode } from './recorded/types';
import { runExtraction } from './run-extraction';
import { duplicateKeys, HOUR_WINDOW, openMemoryStore, rowCount, tagChecksums } from './test-support/connector-fixture';

const TAGS = 1040;

describe('gzip on and off land identical values', () => {
  let mock: MockFixture;
  const stores: BronzeStore[] = [];
  let expectedValues = 0;

  beforeAll(async () => {
    mock = await startMockFixture({ tagCount: TAGS });
    expectedValues = await countRecordedValues(mock.server.url, mock.world.catalogue, '2024-01-01T00:00:00Z', '2024-01-01T01:00:00Z');
  });
  afterAll(async () => {
    for (const s of stores) await s.close();
    await mock?.server.close();
  });

  async function extractWith(mode: ExtractionMode, gzip: boolean, leanFields: boolean) {
    const store = await openMemoryStore();
    stores.push(store);
    const client = new PiClient({ baseUrl: mock.server.url, auth: { mode: 'none' }, connections: 4, gzip });
    try {
      const result = await runExtraction(client, store, {
        mode,
        ...HOUR_WINDOW,
        fill: 'window',
        partition: null,
        nameFilter: null,
        runId: `gzip-${gzip}-${mode}`,
        af: false,
        eventFrames: false,
        options: { ...DEFAULT_RECORDED_OPTIONS, concurrency: 4, batchSize: 100, leanFields },
      });
      if (!result.ok) throw new Error(`extraction failed: ${JSON.stringify(result.error)}`);
      return { summary: result.value, store };
    } finally {
      await client.close();
    }
  }

  it.each(EXTRACTION_MODES.flatMap((mode) => [true, false].map((leanFields) => [mode, leanFields] as const)))(
    '%s (selectedFields %s): same rows with and without gzip, wire bytes counted apart',
    async (mode, leanFields) => {
      const zipped = await extractWith(mode, true, leanFields);
      const plain = await extractWith(mode, false, leanFields);
      for (const { summary, store } of [zipped, plain]) {
        expect(summary.failedTags).toEqual([]);
        expect(summary.points).toBe(expectedValues);
        expect(await rowCount(store)).toBe(expectedValues);
        expect(await duplicateKeys(store)).toBe(0);
      }
      const [a, b] = await Promise.all([tagChecksums(zipped.store), tagChecksums(plain.store)]);
      expect(a.size).toBe(TAGS);
      expect(b).toEqual(a);
      // Identity: every byte received is a byte parsed. Gzip: the same decoded bytes, far fewer on the wire.
      expect(plain.summary.wireBytes).toBe(plain.summary.bytes);
      expect(plain.summary.values.wireBytes).toBe(plain.summary.values.bytes);
      expect(zipped.summary.values.bytes).toBe(plain.summary.values.bytes);
      expect(zipped.summary.values.wireBytes).toBeGreaterThan(0);
      expect(zipped.summary.values.wireBytes).toBeLessThan(zipped.summary.values.bytes / 4);
    },
  );
});
