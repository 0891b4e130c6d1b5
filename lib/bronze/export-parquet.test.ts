import { mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { BronzeStore } from './bronze-store';
import { columnsFromRows, gridRows } from './test-support/columns-from-rows';
import { openMemoryStore } from './test-support/open-memory-store';
import { seedBronze } from './test-support/seed-bronze';

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
    await store.landValues(columnsFromRows(gridRows(tag, day2, 60_000, 3)), [{ tagKey: tag, startMs: day2, endMs: day2 + 120_000 }], 'run-2');

    const result = await store.exportParquet(dir);
    expect(result).toEqual({ ok: true, value: { files: 5, rows: 22 + 4 + 4 } });
    expect((await readdir(dir)).sort()).toEqual(['pi_af_hierarchy.parquet', 'pi_event_frames.parquet', 'pi_timeseries']);
    expect((await readdir(join(dir, 'pi_timeseries'))).sort()).toEqual(['date=2024-01-01', 'date=2024-01-02', 'date=2024-01-03']);

    const [counts] = await store.readRows(
      `SELECT (SELECT count(*) FROM read_parquet($1, hive_partitioning = true))::DOUBLE AS ts,
              (SELECT count(*) FROM read_parquet($1, hive_partitioning = true) WHERE date = DATE '2024-01-03')::DOUBLE AS day3,
              (SELECT count(DISTINCT tag_webid) FROM read_parquet($1))::DOUBLE AS tags,
              (SELECT count(*) FROM read_parquet($2))::DOUBLE AS af,
              (SELECT count(*) FROM read_parquet($3))::DOUBLE AS ef`,
      [join(dir, 'pi_timeseries/*/*.parquet'), join(dir, 'pi_af_hierarchy.parquet'), join(dir, 'pi_event_frames.parquet')],
    );
    expect(counts).toEqual({ ts: 22, day3: 2, tags: 3, af: 4, ef: 4 });
  });

  it('replaces an earlier export instead of adding to it', async () => {
    await seedBronze(store);
    await store.exportParquet(dir);
    const again = await store.exportParquet(dir);
    expect(again.ok && again.value.rows).toBe(19 + 4 + 4);
    const [row] = await store.readRows('SELECT count(*)::DOUBLE AS n FROM read_parquet($1)', [join(dir, 'pi_timeseries/*/*.parquet')]);
    expect(row).toEqual({ n: 19 });
  });

  it('answers a typed error when the directory cannot be created', async () => {
    const blocker = join(dir, 'a-file');
    await writeFile(blocker, 'not a directory');
    const result = await store.exportParquet(join(blocker, 'export'));
    expect(result.ok).toBe(false);
    expect(!result.ok && result.error.kind).toBe('export-failed');
  });
});
