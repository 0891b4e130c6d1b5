import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { BronzeStore } from './bronze-store';
import { openMemoryStore } from './test-support/open-memory-store';
import { AF, seedBronze } from './test-support/seed-bronze';
import { TEST_ASSET_SOURCE } from './test-support/test-source';

/** Tables schema.ts creates today; one added later is cleared too (storeTables finds it). */
const TABLES = [
  'bronze.pi_af_hierarchy',
  'bronze.pi_asset_sources',
  'bronze.pi_event_frames',
  'bronze.pi_landings',
  'bronze.pi_sources',
  'bronze.pi_tags',
  'bronze.pi_timeseries_raw',
  'checkpoints.pi_coverage',
  'demo.runs',
];

let store: BronzeStore;

beforeEach(async () => {
  store = await openMemoryStore();
});
afterEach(async () => {
  await store.close();
});

async function rowCount(table: string): Promise<number> {
  const [row] = await store.readRows(`SELECT count(*)::DOUBLE AS n FROM ${table}`);
  return Number(row?.n);
}

/** Base tables of the three schemas, from information_schema: a second opinion on clearTables' catalogue query. */
async function storeTables(): Promise<string[]> {
  const rows = await store.readRows(
    `SELECT table_schema || '.' || table_name AS name FROM information_schema.tables
     WHERE table_catalog = current_database() AND table_type = 'BASE TABLE' AND table_schema IN ('bronze', 'checkpoints', 'demo')
     ORDER BY table_schema, table_name`,
  );
  return rows.map((row) => String(row.name));
}

async function seedWithRun(): Promise<void> {
  await seedBronze(store);
  await store.saveRun({ runId: 'run-1', startedAtMs: 1, finishedAtMs: 2, status: 'finished', settings: { tier: 128 }, figures: {} });
}

describe('BronzeStore.clear', () => {
  it('empties every table of bronze, checkpoints and demo, and says how many rows each held', async () => {
    await seedWithRun();
    for (const table of TABLES) expect(await rowCount(table), table).toBeGreaterThan(0);
    const before = await store.counts();
    const cleared = await store.clear();
    const tables = await storeTables();
    expect(Object.keys(cleared)).toEqual(tables);
    expect(tables).toEqual(expect.arrayContaining(TABLES));
    expect(cleared['bronze.pi_timeseries_raw']).toBe(before.timeseries);
    expect(cleared['bronze.pi_af_hierarchy']).toBe(AF.length);
    expect(cleared['demo.runs']).toBe(1);
    for (const table of [...tables, 'bronze.pi_timeseries']) expect(await rowCount(table), table).toBe(0);
    expect(await store.coverage()).toEqual(new Map());
    expect(await store.listRuns()).toEqual([]);
  });

  it('leaves a store that lands again as a new one would: same keys, same counts', async () => {
    const firstKeys = await seedBronze(store);
    const first = await store.counts();
    await store.clear();
    expect(await store.counts()).toEqual({ timeseries: 0, tags: 0, afElements: 0, eventFrames: 0 });
    // Coverage was cleared too: the same windows land in full, not skipped as already covered.
    const againKeys = await seedBronze(store);
    expect(againKeys).toEqual(firstKeys);
    expect(await store.counts()).toEqual(first);
    expect((await store.coverage()).size).toBe(3);
  });

  // A file store is ATTACHed under another catalog name than :memory: (open-database.ts).
  it('clears a file store, and the file stays empty after reopening', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'clear-tables-'));
    try {
      const file = join(dir, 'bronze.duckdb');
      const opened = await BronzeStore.open(file);
      if (!opened.ok) throw new Error(opened.error.message);
      await seedBronze(opened.value);
      expect(Object.keys(await opened.value.clear())).toEqual(expect.arrayContaining(TABLES));
      await opened.value.close();
      const again = await BronzeStore.open(file);
      if (!again.ok) throw new Error(again.error.message);
      expect(await again.value.counts()).toEqual({ timeseries: 0, tags: 0, afElements: 0, eventFrames: 0 });
      await again.value.close();
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  it('clears an empty store without complaint', async () => {
    const cleared = await store.clear();
    expect(Object.values(cleared).every((n) => n === 0)).toBe(true);
  });

  it('runs after a landing queued before it', async () => {
    const landing = store.landAfElements(TEST_ASSET_SOURCE, AF);
    const cleared = store.clear();
    await landing;
    expect((await cleared)['bronze.pi_af_hierarchy']).toBe(AF.length);
    expect(await rowCount('bronze.pi_af_hierarchy')).toBe(0);
  });
});
