import { mkdir, mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { listValue } from '@duckdb/node-api';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { BronzeStore } from './bronze-store';
import { columnsFromRows, gridRows, type ValueTuple } from './test-support/columns-from-rows';
import { openMemoryStore } from './test-support/open-memory-store';
import { seedBronze, T0, TAGS } from './test-support/seed-bronze';
import { TEST_SOURCE } from './test-support/test-source';
import { closedWindow } from '../landing';

let store: BronzeStore;
let dir: string;

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'bronze-export-'));
  store = await openMemoryStore();
});
afterEach(async () => {
  await store.close();
  await rm(dir, { recursive: true, force: true });
});

describe('exportParquet', () => {
  it('writes a date-partitioned time series plus AF and event-frame files that read back with the same counts', async () => {
    const keys = await seedBronze(store);
    // Two more days for one tag, so the export has three partitions.
    const tag = keys.get('W-TEMP') ?? -1;
    const day2 = Date.UTC(2024, 0, 2, 23, 59);
    await store.landValues(columnsFromRows(gridRows(tag, day2, 60_000, 3)), [closedWindow(tag, day2, day2 + 120_000)], 'run-2');

    const result = await store.exportParquet(dir);
    if (!result.ok) throw new Error(result.error.message);
    expect(result.value).toMatchObject({ files: 5, rows: 22 + 4 + 4 });
    expect((await readdir(dir)).sort()).toEqual(['pi_af_hierarchy', 'pi_event_frames', 'pi_timeseries']);
    expect((await readdir(join(dir, 'pi_timeseries'))).sort()).toEqual(['date=2024-01-01', 'date=2024-01-02', 'date=2024-01-03']);
    const day3 = await readdir(join(dir, 'pi_timeseries', 'date=2024-01-03'));
    expect(day3).toHaveLength(1);
    expect(day3[0]?.startsWith(`${result.value.exportId}-`)).toBe(true);

    const [counts] = await store.readRows(
      `SELECT (SELECT count(*) FROM read_parquet($1, hive_partitioning = true))::DOUBLE AS ts,
              (SELECT count(*) FROM read_parquet($1, hive_partitioning = true) WHERE date = DATE '2024-01-03')::DOUBLE AS day3,
              (SELECT count(DISTINCT tag_webid) FROM read_parquet($1))::DOUBLE AS tags,
              (SELECT count(*) FROM read_parquet($2))::DOUBLE AS af,
              (SELECT count(*) FROM read_parquet($3))::DOUBLE AS ef`,
      [join(dir, 'pi_timeseries/*/*.parquet'), join(dir, 'pi_af_hierarchy/*.parquet'), join(dir, 'pi_event_frames/*.parquet')],
    );
    expect(counts).toEqual({ ts: 22, day3: 2, tags: 3, af: 4, ef: 4 });
  });

  it('names every file uniquely and never touches what is already in the folder', async () => {
    await seedBronze(store);
    const foreign = join(dir, 'pi_timeseries', 'date=2024-01-01');
    await mkdir(foreign, { recursive: true });
    await writeFile(join(foreign, 'someone-else.parquet'), 'not ours');
    const first = await store.exportParquet(dir);
    const again = await store.exportParquet(dir);
    if (!first.ok || !again.ok) throw new Error('export failed');
    expect(again.value.exportId).not.toBe(first.value.exportId);
    const names = await readdir(foreign);
    expect(names).toHaveLength(3);
    expect(names.filter((n) => n.startsWith(`${first.value.exportId}-`))).toHaveLength(1);
    expect(names.filter((n) => n.startsWith(`${again.value.exportId}-`))).toHaveLength(1);
    expect(await readFile(join(foreign, 'someone-else.parquet'), 'utf8')).toBe('not ours');
    const [row] = await store.readRows('SELECT count(*)::DOUBLE AS n FROM read_parquet($1)', [join(foreign, `${again.value.exportId}-*.parquet`)]);
    expect(row).toEqual({ n: 19 });
  });

  it('lets partitions exported from separate stores into one folder add up to the whole', async () => {
    const keys = await seedBronze(store);
    const whole = await store.exportParquet(join(dir, 'whole'));
    expect(whole.ok).toBe(true);
    // Four stores, each holding one share of the tags, export into one folder (as four pods would).
    const shares = await Promise.all([0, 1, 2, 3].map(() => openMemoryStore()));
    try {
      const tags = [...keys.keys()];
      for (const [i, share] of shares.entries()) {
        const mine = tags.filter((_, t) => t % 4 === i);
        if (mine.length === 0) continue;
        const shareKeys = await share.registerTags(TEST_SOURCE, TAGS.filter((t) => mine.includes(t.webId)));
        const rows = await store.readRows(
          `SELECT tag_webid, epoch_ms(ts)::DOUBLE AS ts, seq, value FROM bronze.pi_timeseries WHERE list_contains($1::VARCHAR[], tag_webid) ORDER BY tag_webid, ts, seq`,
          [listValue(mine)],
        );
        const tuples = rows.map((r): ValueTuple => [shareKeys.get(String(r.tag_webid)) ?? -1, Number(r.ts), Number(r.seq), Number(r.value ?? Number.NaN), null, 1]);
        const windows = [...shareKeys.values()].map((k) => closedWindow(k, T0 - 60_000, T0 + 86_400_000));
        await share.landValues(columnsFromRows(tuples), windows, 'share-run');
        const exported = await share.exportParquet(join(dir, 'shared'));
        expect(exported.ok).toBe(true);
      }
    } finally {
      await Promise.all(shares.map((s) => s.close()));
    }
    const [row] = await store.readRows(
      `SELECT (SELECT count(*) FROM read_parquet($1))::DOUBLE AS whole, (SELECT count(*) FROM read_parquet($2))::DOUBLE AS shared`,
      [join(dir, 'whole/pi_timeseries/*/*.parquet'), join(dir, 'shared/pi_timeseries/*/*.parquet')],
    );
    expect(row).toEqual({ whole: 19, shared: 19 });
  });

  it('answers a typed error when the directory cannot be created', async () => {
    const blocker = join(dir, 'a-file');
    await writeFile(blocker, 'not a directory');
    const result = await store.exportParquet(join(blocker, 'export'));
    expect(result.ok).toBe(false);
    expect(!result.ok && result.error.kind).toBe('export-failed');
  });
});
