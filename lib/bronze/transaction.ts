/** Runs `work` inside BEGIN/COMMIT on a connection no one else writes through; rolls back on any throw. */
import type { DuckDBConnection } from '@duckdb/node-api';

export async function inTransaction<T>(conn: DuckDBConnection, work: () => Promise<T>): Promise<T> {
  await conn.run('BEGIN TRANSACTION');
  try {
    const result = await work();
    await conn.run('COMMIT');
    return result;
  } catch (error) {
    // A failed COMMIT has already ended the transaction, so ROLLBACK may itself fail; the
    // original error is the one worth reporting either way.
    await conn.run('ROLLBACK').catch(() => undefined);
    throw error;
  }
}
