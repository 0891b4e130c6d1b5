/** Faults, a killed run, refused credentials and a malformed body: nothing lost, nothing silent. */
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startMockFixture, type MockFixture } from '../pi-mock/test-support/mock-server-fixture';
import { duplicateKeys, extract, openMemoryStore, rowCount, tagChecksums } from './test-support/connector-fixture';
import { EXTRACTION_MODES } from './recorded/types';

describe('against a server that fails 10 % of requests and sub-requests', () => {
  let clean: MockFixture;
  let flaky: MockFixture;
  let reference: Map<string, string>;

  beforeAll(async () => {
    clean = await startMockFixture({ tagCount: 1040 });
    flaky = await startMockFixture({ tagCount: 1040, faultRate: 0.1, faultRetryAfterSeconds: 0 });
    const store = await openMemoryStore();
    await extract({ url: clean.server.url, mode: 'batch', store });
    reference = await tagChecksums(store);
    await store.close();
  });
  afterAll(async () => {
    await clean?.server.close();
    await flaky?.server.close();
  });

  it.each(EXTRACTION_MODES)('%s still lands exact rows, and counts its retries', async (mode) => {
    const store = await openMemoryStore();
    try {
      // Small groups: enough requests that whole-request faults certainly occur in every mode.
      const result = await extract({ url: flaky.server.url, mode, store, options: { concurrency: 4, batchSize: 20 } });
      expect(result.ok).toBe(true);
      if (!result.ok) return;
      expect(result.value.failedTags).toEqual([]);
      expect(result.value.retries).toBeGreaterThan(0);
      expect(await duplicateKeys(store)).toBe(0);
      expect(await tagChecksums(store)).toEqual(reference);
    } finally {
      await store.close();
    }
  });
});

describe('a run killed mid-way', () => {
  let mock: MockFixture;
  beforeAll(async () => {
    mock = await startMockFixture({ tagCount: 1040 });
  });
  afterAll(async () => mock?.server.close());

  it('keeps what it landed and, re-run, lands exactly the missing rows', async () => {
    const store = await openMemoryStore();
    const referenceStore = await openMemoryStore();
    try {
      await extract({ url: mock.server.url, mode: 'batch', store: referenceStore });
      const abort = new AbortController();
      const first = await extract({
        url: mock.server.url,
        mode: 'batch',
        store,
        signal: abort.signal,
        options: { concurrency: 1, batchSize: 50 },
        onProgress: (p) => {
          if (p.phase === 'values' && p.tagsDone >= 300) abort.abort();
        },
      });
      expect(first.ok).toBe(true);
      if (!first.ok) return;
      expect(first.value.fatal).toContain('cancel');
      const landedTags = first.value.tagsLanded;
      expect(landedTags).toBeGreaterThanOrEqual(300);
      expect(landedTags).toBeLessThan(1040);
      expect(first.value.points).toBeGreaterThan(0);
      expect(await rowCount(store)).toBe(first.value.points);
      const resumed = await extract({ url: mock.server.url, mode: 'batch', store });
      expect(resumed.ok).toBe(true);
      if (!resumed.ok) return;
      expect(resumed.value.skippedTags).toBe(landedTags);
      expect(resumed.value.skippedTags + resumed.value.tags).toBe(1040);
      expect(resumed.value.failedTags).toEqual([]);
      expect(await duplicateKeys(store)).toBe(0);
      expect(await tagChecksums(store)).toEqual(await tagChecksums(referenceStore));
    } finally {
      await store.close();
      await referenceStore.close();
    }
  });
});

describe('refused credentials and malformed bodies', () => {
  let secured: MockFixture;
  let broken: http.Server;
  let brokenUrl: string;

  beforeAll(async () => {
    secured = await startMockFixture({ tagCount: 128, auth: { mode: 'basic', user: 'pi', password: 'right' } });
    // A server whose recorded answers have an item without a Timestamp.
    broken = http.createServer((req, res) => {
      res.setHeader('Content-Type', 'application/json');
      if (req.url?.startsWith('/piwebapi/dataservers?')) return res.end(JSON.stringify({ Items: [{ WebId: 'I1DSx', Name: 'SRV' }] }));
      if (req.url?.startsWith('/piwebapi/dataservers/I1DSx/points')) return res.end(JSON.stringify({ Items: [{ WebId: 'I1DPx', Name: 'Tag1' }] }));
      if (req.url?.startsWith('/piwebapi/streams/I1DPx/recorded')) return res.end(JSON.stringify({ Items: [{ Value: 1 }] }));
      res.statusCode = 404;
      res.end(JSON.stringify({ Errors: ['not here'] }));
    });
    await new Promise<void>((resolve) => broken.listen(0, '127.0.0.1', resolve));
    brokenUrl = `http://127.0.0.1:${(broken.address() as AddressInfo).port}/piwebapi`;
  });
  afterAll(async () => {
    await secured?.server.close();
    await new Promise((resolve) => broken?.close(resolve));
  });

  it('aborts cleanly on 401 with a message naming the server, and lands nothing', async () => {
    const store = await openMemoryStore();
    try {
      const result = await extract({ url: secured.server.url, mode: 'batch', store, auth: { mode: 'basic', user: 'pi', password: 'wrong' } });
      expect(result.ok).toBe(false);
      if (!result.ok) {
        expect(result.error.kind).toBe('unauthorized');
        expect(JSON.stringify(result.error)).not.toContain('wrong');
      }
      expect(await rowCount(store)).toBe(0);
    } finally {
      await store.close();
    }
  });

  it('reports a malformed value as a contract failure naming the tag and the item', async () => {
    const store = await openMemoryStore();
    try {
      const result = await extract({ url: brokenUrl, mode: 'sequential', store });
      expect(result.ok).toBe(true);
      if (!result.ok) return;
      expect(result.value.failedTags).toHaveLength(1);
      expect(result.value.failedTags[0]).toMatchObject({ name: 'Tag1' });
      expect(result.value.failedTags[0]!.reason).toMatch(/contract: .*Items\[0\]/);
      expect(await rowCount(store)).toBe(0);
    } finally {
      await store.close();
    }
  });
});
