/**
 * "Clear bronze and history": empties every table of the store's schemas (bronze, checkpoints,
 * demo) in one transaction, so a reader sees all of it or none of it. Tables are listed from
 * DuckDB's catalogue rather than schema.ts, so a table added later is cleared too. Tables, views
 * and schemas stay; keys (tag_key, source_key, landing_id) start again at 1.
 */
import { quotedIdentifier, quotedString, type DuckDBConnection } from '@duckdb/node-api';
import { inTransaction } from './transaction';

export const CLEARED_SCHEMAS = ['bronze', 'checkpoints', 'demo'] as const;

/** Rows deleted per table, keyed `schema.table`. */
export type ClearedTables = Record<string, number>;

export async function clearTables(conn: DuckDBConnection): Promise<ClearedTables> {
  return inTransaction(conn, async () => {
    const listed = await conn.runAndReadAll(
      `SELECT schema_name, table_name FROM duckdb_tables()
       WHERE database_name = current_database() AND NOT temporary
         AND schema_name IN (${CLEARED_SCHEMAS.map(quotedString).join(', ')})
       ORDER BY schema_name, table_name`,
    );
    const cleared: ClearedTables = {};
    for (const [schema, table] of listed.getRows()) {
      const name = `${quotedIdentifier(String(schema))}.${quotedIdentifier(String(table))}`;
      const deleted = await conn.run(`DELETE FROM ${name}`);
      cleared[`${String(schema)}.${String(table)}`] = deleted.rowsChanged;
    }
    return cleared;
  });
}
