import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DuckDBInstance } from '@duckdb/node-api';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { BronzeStore } from './bronze-store';
import { describeBronzeError } from './errors';
import { columnsFromRows, gridRows } from './test-support/columns-from-rows';
import { closedWindow } from '../landing';
import { LEGACY_SERVER_ID } from './migrate-source-identity';
import { TEST_SOURCE } from './test-support/test-source';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'bronze-migrate-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

/** A store as the previous layout wrote it: run id, ingestion time and four BOOLEANs on every row. */
async function writeOldLayout(file: string): Promise<void> {
  const instance = await DuckDBInstance.create(':memory:');
  const conn = await instance.connect();
  await conn.run(`ATTACH '${file}' AS lake`);
  await conn.run('USE lake');
  await conn.run('CREATE SCHEMA bronze');
  await conn.run(`CREATE TABLE bronze.pi_tags (tag_key INTEGER PRIMARY KEY, tag_webid VARCHAR NOT NULL UNIQUE,
    tag_name VARCHAR NOT NULL, units VARCHAR NOT NULL, point_id INTEGER, first_seen_at TIMESTAMP NOT NULL)`);
  await conn.run(`INSERT INTO bronze.pi_tags VALUES (1, 'W1', 'A', 'degC', NULL, TIMESTAMP '2024-01-01'),
    (2, 'W2', 'B', 'bar', NULL, TIMESTAMP '2024-01-01')`);
  await conn.run(`CREATE TABLE bronze.pi_timeseries_raw (tag_key INTEGER NOT NULL, ts TIMESTAMP NOT NULL,
    seq UTINYINT NOT NULL, value DOUBLE, value_state VARCHAR, quality_good BOOLEAN NOT NULL,
    quality_questionable BOOLEAN NOT NULL, quality_substituted BOOLEAN NOT NULL, quality_annotated BOOLEAN NOT NULL,
    ingested_at TIMESTAMP NOT NULL, run_id VARCHAR NOT NULL)`);
  await conn.run(`INSERT INTO bronze.pi_timeseries_raw VALUES
    (1, TIMESTAMP '2024-01-01 00:00:00', 0, 1.5, NULL, true, false, false, false, TIMESTAMP '2024-02-01 10:00:00', 'run-a'),
    (1, TIMESTAMP '2024-01-01 00:00:00', 1, NULL, 'I/O Timeout', false, false, true, false, TIMESTAMP '2024-02-01 10:00:00', 'run-a'),
    (2, TIMESTAMP '2024-01-01 00:00:00', 0, -2, NULL, false, true, false, true, TIMESTAMP '2024-02-02 10:00:00', 'run-b')`);
  await conn.run('CREATE SCHEMA checkpoints');
  await conn.run(`CREATE TABLE checkpoints.pi_watermarks (tag_key INTEGER PRIMARY KEY, tag_webid VARCHAR NOT NULL,
    first_ts TIMESTAMP NOT NULL, last_ts TIMESTAMP NOT NULL, last_run_id VARCHAR NOT NULL, row_count BIGINT NOT NULL,
    updated_at TIMESTAMP NOT NULL)`);
  await conn.run(`INSERT INTO checkpoints.pi_watermarks VALUES
    (1, 'W1', TIMESTAMP '2024-01-01', TIMESTAMP '2024-01-01', 'run-a', 2, TIMESTAMP '2024-02-01 10:00:00'),
    (2, 'W2', TIMESTAMP '2024-01-01', TIMESTAMP '9999-12-31', 'run-b', 1, TIMESTAMP '2024-02-02 10:00:00')`);
  await conn.run(`CREATE TABLE bronze.pi_af_hierarchy (element_webid VARCHAR PRIMARY KEY, name VARCHAR NOT NULL,
    path VARCHAR NOT NULL, parent_webid VARCHAR, depth INTEGER NOT NULL, template_name VARCHAR,
    category_names VARCHAR[] NOT NULL, description VARCHAR, ingested_at TIMESTAMP NOT NULL)`);
  await conn.run(`INSERT INTO bronze.pi_af_hierarchy VALUES ('E1', 'Sydney', '\\\\AF\\DB\\Sydney', NULL, 1, 'Plant', [], NULL, TIMESTAMP '2024-02-01')`);
  await conn.run(`CREATE VIEW bronze.pi_timeseries AS SELECT t.tag_webid, r.* FROM bronze.pi_timeseries_raw r
    JOIN bronze.pi_tags t USING (tag_key)`);
  conn.closeSync();
  instance.closeSync();
}

/** A store written in the previous raw layout, opened (and so migrated) by today's BronzeStore. */
const oldLayoutFile = () => join(dir, 'old.duckdb');

async function openOldLayoutStore(): Promise<BronzeStore> {
  const file = oldLayoutFile();
  await writeOldLayout(file);
  const opened = await BronzeStore.open(file);
  if (!opened.ok) throw new Error(describeBronzeError(opened.error));
  return opened.value;
}

describe('opening a store of the previous raw layout', () => {
  it('keeps every row, its flags, run id and ingestion time, and lands into the new layout afterwards', async () => {
    const store = await openOldLayoutStore();
    try {
      const rows = await store.readRows(
        `SELECT tag_webid, seq, value, value_state, quality_good, quality_questionable, quality_substituted,
                quality_annotated, run_id, strftime(ingested_at, '%Y-%m-%d %H:%M') AS ingested
         FROM bronze.pi_timeseries ORDER BY tag_webid, seq`,
      );
      expect(rows).toEqual([
        { tag_webid: 'W1', seq: 0, value: 1.5, value_state: null, quality_good: true, quality_questionable: false, quality_substituted: false, quality_annotated: false, run_id: 'run-a', ingested: '2024-02-01 10:00' },
        { tag_webid: 'W1', seq: 1, value: null, value_state: 'I/O Timeout', quality_good: false, quality_questionable: false, quality_substituted: true, quality_annotated: false, run_id: 'run-a', ingested: '2024-02-01 10:00' },
        { tag_webid: 'W2', seq: 0, value: -2, value_state: null, quality_good: false, quality_questionable: true, quality_substituted: false, quality_annotated: true, run_id: 'run-b', ingested: '2024-02-02 10:00' },
      ]);
      const landings = await store.readRows('SELECT landing_id, run_id FROM bronze.pi_landings ORDER BY landing_id');
      expect(landings).toEqual([{ landing_id: 1, run_id: 'run-a' }, { landing_id: 2, run_id: 'run-b' }]);

      const t0 = Date.parse('2024-01-01T00:00:00Z');
      await store.landValues(columnsFromRows(gridRows(2, t0, 1_000, 3)), [closedWindow(2, t0, t0 + 2_000)], 'run-c');
      const w2 = await store.readRows(`SELECT count(*)::DOUBLE AS n, min(run_id) AS run FROM bronze.pi_timeseries WHERE tag_webid = 'W2'`);
      expect(w2).toEqual([{ n: 3, run: 'run-c' }]);
      const newest = await store.readRows('SELECT max(landing_id) AS id FROM bronze.pi_landings');
      expect(newest).toEqual([{ id: 3 }]);
    } finally {
      await store.close();
    }
    // A second open finds the new layout and leaves it alone.
    const again = await BronzeStore.open(oldLayoutFile());
    if (!again.ok) throw new Error(describeBronzeError(again.error));
    const total = await again.value.readRows('SELECT count(*)::DOUBLE AS n FROM bronze.pi_timeseries');
    expect(total).toEqual([{ n: 5 }]);
    await again.value.close();
  });

  it('turns each watermark into one covered interval, never past the moment of migration', async () => {
    const file = join(dir, 'old.duckdb');
    await writeOldLayout(file);
    const beforeMs = Date.now();
    const opened = await BronzeStore.open(file);
    if (!opened.ok) throw new Error(describeBronzeError(opened.error));
    const store = opened.value;
    try {
      const coverage = await store.coverage();
      const t0 = Date.parse('2024-01-01T00:00:00Z');
      expect(coverage.get(1)).toEqual([{ startMs: t0, endMs: t0 }]);
      // The year-9999 watermark would have skipped every later window.
      const w2 = coverage.get(2)?.[0];
      expect(w2?.startMs).toBe(t0);
      expect(w2?.endMs).toBeGreaterThanOrEqual(beforeMs);
      expect(w2?.endMs).toBeLessThanOrEqual(Date.now());
      const tables = await store.readRows(
        "SELECT count(*)::DOUBLE AS n FROM information_schema.tables WHERE table_schema = 'checkpoints' AND table_name = 'pi_watermarks'",
      );
      expect(tables).toEqual([{ n: 0 }]);
    } finally {
      await store.close();
    }
  });

  it('keys what was landed before per-server identity by one legacy source, apart from new sources', async () => {
    const store = await openOldLayoutStore();
    try {
      await store.registerTags(TEST_SOURCE, [{ webId: 'W-NEW', name: 'N', units: 'V' }]);
      const tags = await store.readRows(
        `SELECT t.tag_webid, s.data_server_id FROM bronze.pi_tags t JOIN bronze.pi_sources s USING (source_key) ORDER BY t.tag_webid`,
      );
      expect(tags).toEqual([
        { tag_webid: 'W-NEW', data_server_id: TEST_SOURCE.dataServerId },
        { tag_webid: 'W1', data_server_id: LEGACY_SERVER_ID },
        { tag_webid: 'W2', data_server_id: LEGACY_SERVER_ID },
      ]);
      const af = await store.readRows(
        'SELECT a.element_webid, s.asset_server_id FROM bronze.pi_af_hierarchy a JOIN bronze.pi_asset_sources s USING (asset_key)',
      );
      expect(af).toEqual([{ element_webid: 'E1', asset_server_id: LEGACY_SERVER_ID }]);
    } finally {
      await store.close();
    }
  });
});
