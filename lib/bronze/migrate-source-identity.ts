/**
 * Keys a store written before per-server identity: its tags, AF elements and event frames get a
 * source column pointing at one "legacy" source. What it holds cannot be split by server any more
 * (every tier of the mock then shared its WebIds), so the data pages show it apart, by that name.
 */
import type { DuckDBConnection } from '@duckdb/node-api';
import { tsFromMs } from './sql-time';
import { inTransaction } from './transaction';

export const LEGACY_SERVER_ID = 'legacy-before-per-server-identity';
export const LEGACY_SERVER_NAME = 'unknown server (landed before per-server identity)';

interface KeyColumn {
  table: string;
  column: string;
  /** Inserts the legacy source and answers its key. */
  legacyKey(conn: DuckDBConnection, nowMs: number): Promise<number>;
}

async function hasColumn(conn: DuckDBConnection, table: string, column: string): Promise<boolean> {
  const reader = await conn.runAndReadAll(
    `SELECT count(*) FROM information_schema.columns
     WHERE table_catalog = current_database() AND table_schema = 'bronze' AND table_name = $1 AND column_name = $2`,
    [table, column],
  );
  return Number(reader.getRows()[0]?.[0] ?? 0) > 0;
}

async function insertReturningKey(conn: DuckDBConnection, sql: string, nowMs: number): Promise<number> {
  const reader = await conn.runAndReadAll(sql, [LEGACY_SERVER_ID, LEGACY_SERVER_NAME, nowMs]);
  const key = reader.getRows()[0]?.[0];
  if (typeof key !== 'number') throw new Error('the legacy source got no key');
  return key;
}

const legacyDataSource = (conn: DuckDBConnection, nowMs: number): Promise<number> =>
  insertReturningKey(
    conn,
    `INSERT INTO bronze.pi_sources VALUES ((SELECT coalesce(max(source_key), 0) + 1 FROM bronze.pi_sources), $1, $2, ${tsFromMs('$3')}, ${tsFromMs('$3')})
     ON CONFLICT (data_server_id) DO UPDATE SET data_server_name = excluded.data_server_name RETURNING source_key`,
    nowMs,
  );

const legacyAssetSource = (conn: DuckDBConnection, nowMs: number): Promise<number> =>
  insertReturningKey(
    conn,
    `INSERT INTO bronze.pi_asset_sources VALUES ((SELECT coalesce(max(asset_key), 0) + 1 FROM bronze.pi_asset_sources), $1, $2, '', ${tsFromMs('$3')}, ${tsFromMs('$3')})
     ON CONFLICT (asset_server_id, database_name) DO UPDATE SET asset_server_name = excluded.asset_server_name RETURNING asset_key`,
    nowMs,
  );

const KEY_COLUMNS: readonly KeyColumn[] = [
  { table: 'pi_tags', column: 'source_key', legacyKey: legacyDataSource },
  { table: 'pi_af_hierarchy', column: 'asset_key', legacyKey: legacyAssetSource },
  { table: 'pi_event_frames', column: 'asset_key', legacyKey: legacyAssetSource },
];

export async function migrateSourceIdentity(conn: DuckDBConnection, nowMs = Date.now()): Promise<boolean> {
  const missing: KeyColumn[] = [];
  for (const k of KEY_COLUMNS) if (!(await hasColumn(conn, k.table, k.column))) missing.push(k);
  if (missing.length === 0) return false;
  await inTransaction(conn, async () => {
    // The view reads pi_tags; it is created again once the columns exist.
    await conn.run('DROP VIEW IF EXISTS bronze.pi_timeseries');
    for (const k of missing) {
      const key = await k.legacyKey(conn, nowMs);
      await conn.run(`ALTER TABLE bronze.${k.table} ADD COLUMN ${k.column} INTEGER DEFAULT ${key}`);
      await conn.run(`ALTER TABLE bronze.${k.table} ALTER COLUMN ${k.column} DROP DEFAULT`);
      await conn.run(`ALTER TABLE bronze.${k.table} ALTER COLUMN ${k.column} SET NOT NULL`);
    }
  });
  return true;
}
