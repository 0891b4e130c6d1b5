/**
 * Empties a writer's scratch table by replacing it with an empty copy. DELETE only marks rows: an
 * in-memory table keeps their storage, so 16 registrations of 32,768 tags left ~60 MB behind
 * (measured with duckdb_memory(): 63 MB after DELETE, 5 MB after replacing).
 */
import type { DuckDBConnection } from '@duckdb/node-api';

export async function emptyTempTable(conn: DuckDBConnection, table: 'land_windows' | 'stage_tags'): Promise<void> {
  await conn.run(`CREATE OR REPLACE TEMP TABLE ${table} AS SELECT * FROM temp.${table} LIMIT 0`);
}
