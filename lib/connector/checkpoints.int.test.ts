/**
 * Sequences of runs into one store, as users make them: windows with gaps, a window reaching into
 * the future, a run killed in the middle of a gap. Each must end with exactly the rows a single
 * clean run of the same time would land (per-tag checksums, no duplicate key).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BronzeStore } from '../bronze';
import { startMockFixture, type MockFixture } from '../pi-mock/test-support/mock-server-fixture';
import { EXTRACTION_MODES } from './recorded/types';
import { duplicateKeys, extract, openMemoryStore, rowCount, tagChecksums, tagChecksumsIn } from './test-support/connector-fixture';

const H = 3_600_000;
const T0 = Date.parse('2024-01-01T00:00:00Z');
const hours = (a: number, b: number) => ({ startMs: T0 + a * H, endMs: T0 + b * H });

describe('windows with gaps, at 1,040 tags', () => {
  let mock: MockFixture;
  const stores: BronzeStore[] = [];
  const fresh = async () => {
    const store = await openMemoryStore();
    stores.push(store);
    return store;
  };
  const run = (store: BronzeStore, window: { startMs: number; endMs: number }, extra: Parameters<typeof extract>[0]['plan'] = {}) =>
    extract({ url: mock.server.url, mode: 'batch', store, plan: { ...window, ...extra } });

  beforeAll(async () => {
    mock = await startMockFixture({ tagCount: 1040 });
  });
  afterAll(async () => {
    await Promise.all(stores.map((s) => s.close()));
    await mock?.server.close();
  });

  it('00-01 h, then 05-06 h, then 02-03 h: the third run reads every tag, and a 00-06 h run reads only the gaps', async () => {
    const store = await fresh();
    for (const w of [hours(0, 1), hours(5, 6)]) expect((await run(store, w)).ok).toBe(true);
    const third = await run(store, hours(2, 3));
    if (!third.ok) throw new Error(third.error.kind);
    expect(third.value).toMatchObject({ tags: 1040, skippedTags: 0, tagsLanded: 1040, failedTags: [] });
    expect(third.value.points).toBeGreaterThan(1040 * 60);

    const clean = await fresh();
    await run(clean, hours(2, 3));
    expect(await tagChecksumsIn(store, hours(2, 3))).toEqual(await tagChecksums(clean));

    // Now the whole 00-06 h: 01-02 h and 03-05 h are read, open where they touch landed hours.
    const whole = await run(store, hours(0, 6));
    if (!whole.ok) throw new Error(whole.error.kind);
    expect(whole.value).toMatchObject({ tags: 1040, pieces: 2080, tagsLanded: 1040, skippedTags: 0 });
    const cleanWhole = await fresh();
    await run(cleanWhole, hours(0, 6));
    expect(await duplicateKeys(store)).toBe(0);
    expect(await rowCount(store)).toBe(await rowCount(cleanWhole));
    expect(await tagChecksums(store)).toEqual(await tagChecksums(cleanWhole));

    // And again: everything is covered, nothing is read.
    const again = await run(store, hours(0, 6));
    expect(again.ok && again.value).toMatchObject({ tags: 0, skippedTags: 1040, points: 0 });
  });

  it('a run killed in the middle of a gap, re-run, lands exactly the missing rows', async () => {
    const store = await fresh();
    await run(store, hours(0, 1));
    await run(store, hours(5, 6));
    const abort = new AbortController();
    const killed = await extract({
      url: mock.server.url,
      mode: 'batch',
      store,
      signal: abort.signal,
      plan: hours(0, 6),
      options: { concurrency: 1, batchSize: 50 },
      onProgress: (p) => {
        if (p.phase === 'values' && p.tagsDone >= 300) abort.abort();
      },
    });
    expect(killed.ok && killed.value.fatal).toContain('cancel');
    const resumed = await run(store, hours(0, 6));
    if (!resumed.ok) throw new Error(resumed.error.kind);
    expect(resumed.value.failedTags).toEqual([]);
    expect(resumed.value.tags).toBeLessThan(1040);
    expect(resumed.value.skippedTags + resumed.value.tags).toBe(1040);

    const clean = await fresh();
    await run(clean, hours(0, 6));
    expect(await duplicateKeys(store)).toBe(0);
    expect(await tagChecksums(store)).toEqual(await tagChecksums(clean));
  });
});

describe('gaps read by every strategy, at 128 tags', () => {
  let mock: MockFixture;
  let reference: Map<string, string>;
  beforeAll(async () => {
    mock = await startMockFixture({ tagCount: 128 });
    const clean = await openMemoryStore();
    await extract({ url: mock.server.url, mode: 'batch', store: clean, plan: hours(0, 6) });
    reference = await tagChecksums(clean);
    await clean.close();
  });
  afterAll(async () => mock?.server.close());

  it.each(EXTRACTION_MODES)('%s fills 01-02 h and 03-05 h between landed hours without a duplicate at their ends', async (mode) => {
    const store = await openMemoryStore();
    try {
      for (const w of [hours(0, 1), hours(2, 3), hours(5, 6)]) await extract({ url: mock.server.url, mode: 'batch', store, plan: w });
      const gaps = await extract({ url: mock.server.url, mode, store, plan: hours(0, 6) });
      expect(gaps.ok && gaps.value).toMatchObject({ tags: 128, pieces: 256, tagsLanded: 128, failedTags: [] });
      expect(await duplicateKeys(store)).toBe(0);
      expect(await tagChecksums(store)).toEqual(reference);
    } finally {
      await store.close();
    }
  });
});

describe('a window reaching into the future (end 9999-12-31)', () => {
  let mock: MockFixture;
  beforeAll(async () => {
    // One value a second, so a frontfill a second later has values to add.
    mock = await startMockFixture({ tagCount: 128, intervalSeconds: 1 });
  });
  afterAll(async () => mock?.server.close());

  it('is covered only up to the server time of the read, so later windows and frontfills still land', async () => {
    const store = await openMemoryStore();
    const clean = await openMemoryStore();
    try {
      const now = Date.now();
      const far = { startMs: now - 10 * 60_000, endMs: Date.UTC(9999, 11, 31) };
      const first = await extract({ url: mock.server.url, mode: 'batch', store, plan: far });
      if (!first.ok) throw new Error(first.error.kind);
      expect(first.value.readTimeMs).toBeGreaterThanOrEqual(now - 1000);
      const coverage = await store.coverage();
      expect([...coverage.values()].every((c) => c.length === 1 && c[0]!.endMs === first.value.readTimeMs)).toBe(true);

      // An earlier window: nothing about the year-9999 run covers it.
      const earlier = { startMs: now - 40 * 60_000, endMs: now - 30 * 60_000 };
      const second = await extract({ url: mock.server.url, mode: 'batch', store, plan: earlier });
      expect(second.ok && second.value).toMatchObject({ tags: 128, skippedTags: 0, tagsLanded: 128 });

      await new Promise((resolve) => setTimeout(resolve, 1_500));
      const front = await extract({ url: mock.server.url, mode: 'batch', store, plan: { ...far, fill: 'frontfill' } });
      if (!front.ok) throw new Error(front.error.kind);
      expect(front.value).toMatchObject({ tags: 128, tagsLanded: 128 });
      expect(front.value.points).toBeGreaterThanOrEqual(128);

      await extract({ url: mock.server.url, mode: 'batch', store: clean, plan: earlier });
      await extract({ url: mock.server.url, mode: 'batch', store: clean, plan: { startMs: far.startMs, endMs: front.value.readTimeMs } });
      expect(await duplicateKeys(store)).toBe(0);
      expect(await tagChecksumsIn(store, { startMs: 0, endMs: front.value.readTimeMs })).toEqual(await tagChecksums(clean));
    } finally {
      await store.close();
      await clean.close();
    }
  });
});
