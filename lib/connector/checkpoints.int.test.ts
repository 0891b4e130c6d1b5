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

describe('tiers one after another into one store', () => {
  it('keeps each tier apart: per source, exactly the rows, AF elements and event frames of a clean run of that tier', async () => {
    const store = await openMemoryStore();
    const tiers = [1040, 10000, 128];
    const mocks = await Promise.all(tiers.map((tagCount) => startMockFixture({ tagCount })));
    // The frames lie in the week before the fixture's anchor: a window there finds some.
    const window = { startMs: Date.parse('2024-01-07T12:00:00Z'), endMs: Date.parse('2024-01-07T12:10:00Z') };
    const plan = { ...window, af: true, eventFrames: true };
    try {
      const clean = new Map<string, { checksums: Map<string, string>; af: number; frames: number }>();
      for (const mock of mocks) {
        const alone = await openMemoryStore();
        const landed = await extract({ url: mock.server.url, mode: 'batch', store: alone, plan });
        if (!landed.ok) throw new Error(landed.error.kind);
        const counts = await alone.counts();
        clean.set(landed.value.source.dataServerName, { checksums: await tagChecksums(alone), af: counts.afElements, frames: counts.eventFrames });
        await alone.close();
      }
      // 1,040, then 10,000, then 128, then 1,040 again (its window again: nothing new, frames replaced).
      for (const mock of [...mocks, mocks[0]!]) expect((await extract({ url: mock.server.url, mode: 'batch', store, plan })).ok).toBe(true);

      expect([...clean.keys()].sort()).toEqual(['PISRV-T10000', 'PISRV-T1040', 'PISRV-T128']);
      // The window holds frames at the larger tiers, so piling up would show.
      expect(clean.get('PISRV-T10000')?.frames).toBeGreaterThan(0);
      expect(clean.get('PISRV-T1040')?.frames).toBeGreaterThan(0);
      for (const [server, expected] of clean) {
        const tier = Number(server.slice('PISRV-T'.length));
        const rows = await store.readRows(
          `SELECT tag_webid, count(*) AS n,
                  sum(hash(epoch_ms(ts), seq, value, value_state, quality_good, quality_questionable, quality_substituted, quality_annotated)) AS h
           FROM bronze.pi_timeseries WHERE data_server_name = $1 GROUP BY tag_webid`,
          [server],
        );
        expect(rows).toHaveLength(tier);
        expect(new Map(rows.map((r) => [String(r.tag_webid), `${r.n}:${r.h}`]))).toEqual(expected.checksums);
        const assets = await store.readRows(
          `SELECT (SELECT count(*) FROM bronze.pi_af_hierarchy JOIN bronze.pi_asset_sources USING (asset_key) WHERE asset_server_name = $1)::DOUBLE AS af,
                  (SELECT count(*) FROM bronze.pi_event_frames JOIN bronze.pi_asset_sources USING (asset_key) WHERE asset_server_name = $1)::DOUBLE AS frames`,
          [server.replace('PISRV', 'AFSRV')],
        );
        expect(assets).toEqual([{ af: expected.af, frames: expected.frames }]);
      }
      expect(await duplicateKeys(store)).toBe(0);
    } finally {
      await store.close();
      await Promise.all(mocks.map((m) => m.server.close()));
    }
  }, 60_000);
});
