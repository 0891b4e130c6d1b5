/** Upserts the servers rows are keyed by (pi_sources, pi_asset_sources) and answers their keys. */
import type { DuckDBConnection } from '@duckdb/node-api';
import { tsFromMs } from './sql-time';
import type { AssetSource, DataSource } from '../landing';

async function keyOf(conn: DuckDBConnection, sql: string, params: (string | number)[]): Promise<number> {
  const reader = await conn.runAndReadAll(sql, params);
  const key = reader.getRows()[0]?.[0];
  if (typeof key !== 'number') throw new Error('source upsert returned no key');
  return key;
}

function requireId(id: string, what: string): string {
  const trimmed = id.trim().toLowerCase();
  if (trimmed.length === 0) throw new Error(`${what} has an empty server id`);
  return trimmed;
}

/** A data server keeps its key; a rename (same GUID) updates its name. */
export function registerDataSource(conn: DuckDBConnection, source: DataSource): Promise<number> {
  return keyOf(
    conn,
    `INSERT INTO bronze.pi_sources
     VALUES ((SELECT coalesce(max(source_key), 0) + 1 FROM bronze.pi_sources), $1, $2, ${tsFromMs('$3')}, ${tsFromMs('$3')})
     ON CONFLICT (data_server_id) DO UPDATE SET data_server_name = excluded.data_server_name
     RETURNING source_key`,
    [requireId(source.dataServerId, `data server ${source.dataServerName}`), source.dataServerName, Date.now()],
  );
}

export function registerAssetSource(conn: DuckDBConnection, source: AssetSource): Promise<number> {
  return keyOf(
    conn,
    `INSERT INTO bronze.pi_asset_sources
     VALUES ((SELECT coalesce(max(asset_key), 0) + 1 FROM bronze.pi_asset_sources), $1, $2, $3, ${tsFromMs('$4')}, ${tsFromMs('$4')})
     ON CONFLICT (asset_server_id, database_name) DO UPDATE SET asset_server_name = excluded.asset_server_name,
       last_landed_at = excluded.last_landed_at
     RETURNING asset_key`,
    [requireId(source.assetServerId, `AF server ${source.assetServerName}`), source.assetServerName, source.databaseName, Date.now()],
  );
}
