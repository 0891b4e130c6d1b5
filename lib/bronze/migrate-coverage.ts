/**
 * Moves a store from one first..last watermark per tag (checkpoints.pi_watermarks) to covered
 * intervals (checkpoints.pi_coverage). The old range is all the old store knows, so it becomes one
 * interval, but never past the moment of migration: a window ending in year 9999 once left a
 * watermark there, and every later window was skipped.
 */
import type { DuckDBConnection } from '@duckdb/node-api';
import { tsFromMs } from './sql-time';
import { inTransaction } from './transaction';

export async function migrateCoverage(conn: DuckDBConnection, nowMs = Date.now()): Promise<boolean> {
  const reader = await conn.runAndReadAll(
    `SELECT count(*) FROM information_schema.tables
     WHERE table_catalog = current_database() AND table_schema = 'checkpoints' AND table_name = 'pi_watermarks'`,
  );
  if (Number(reader.getRows()[0]?.[0] ?? 0) === 0) return false;
  await inTransaction(conn, async () => {
    await conn.run(
      `INSERT INTO checkpoints.pi_coverage (tag_key, start_ts, end_ts, last_run_id, updated_at)
       SELECT tag_key, first_ts, least(last_ts, ${tsFromMs('$1')}), last_run_id, updated_at
       FROM checkpoints.pi_watermarks
       WHERE first_ts <= least(last_ts, ${tsFromMs('$1')})`,
      [nowMs],
    );
    await conn.run('DROP TABLE checkpoints.pi_watermarks');
  });
  return true;
}
