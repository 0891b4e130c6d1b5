/** Runs `work` inside BEGIN/COMMIT on a connection no one else writes through; rolls back on any throw. */
import type { DuckDBConnection } from '@duckdb/node-api';

export async function inTransaction<T>(conn: DuckDBConnection, work: () => Promise<T>): Promise<T> {
  await conn.run('BEGIN TRANSACTION');
  let result: T;
  try {
    result = await work();
  } catch (error) {
    await conn.run('ROLLBACK');
    throw error;
  }
  await conn.run('COMMIT');
  return result;
}
