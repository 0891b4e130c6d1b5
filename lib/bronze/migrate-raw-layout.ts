/**
 * Moves a store written before bronze.pi_timeseries_raw was narrowed (a VARCHAR run_id, an
 * ingested_at and four BOOLEAN quality columns on every row) to the current layout, in one
 * transaction: one pi_landings row per distinct (run_id, ingested_at), the flags packed into
 * quality_flags. Without it, an old data/ file would open and then refuse every landing.
 */
import type { DuckDBConnection } from '@duckdb/node-api';
import { LANDINGS_DDL, rawTableDdl } from './schema';
import { inTransaction } from './transaction';

export async function migrateRawLayout(conn: DuckDBConnection): Promise<boolean> {
  const reader = await conn.runAndReadAll(
    `SELECT count(*) FROM information_schema.columns
     WHERE table_catalog = current_database() AND table_schema = 'bronze'
       AND table_name = 'pi_timeseries_raw' AND column_name = 'run_id'`,
  );
  if (Number(reader.getRows()[0]?.[0] ?? 0) === 0) return false;
  await inTransaction(conn, async () => {
    await conn.run(LANDINGS_DDL);
    await conn.run(
      `INSERT INTO bronze.pi_landings
       SELECT (coalesce((SELECT max(landing_id) FROM bronze.pi_landings), 0)
               + row_number() OVER (ORDER BY ingested_at, run_id))::INTEGER, run_id, ingested_at
       FROM (SELECT DISTINCT run_id, ingested_at FROM bronze.pi_timeseries_raw)`,
    );
    await conn.run(rawTableDdl('bronze.pi_timeseries_narrow'));
    await conn.run(
      `INSERT INTO bronze.pi_timeseries_narrow
       SELECT r.tag_key, r.ts, r.seq, r.value, r.value_state,
              (r.quality_good::UTINYINT + 2 * r.quality_questionable::UTINYINT
               + 4 * r.quality_substituted::UTINYINT + 8 * r.quality_annotated::UTINYINT)::UTINYINT,
              l.landing_id
       FROM bronze.pi_timeseries_raw r JOIN bronze.pi_landings l USING (run_id, ingested_at)
       ORDER BY r.tag_key, r.ts, r.seq`,
    );
    await conn.run('DROP VIEW IF EXISTS bronze.pi_timeseries');
    await conn.run('DROP TABLE bronze.pi_timeseries_raw');
    await conn.run('ALTER TABLE bronze.pi_timeseries_narrow RENAME TO pi_timeseries_raw');
  });
  return true;
}
