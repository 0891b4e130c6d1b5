/**
 * Writes the store as Parquet in the layout a lakehouse ingests directly (Databricks Auto Loader
 * or COPY INTO, Spark): DIR/pi_timeseries/date=YYYY-MM-DD/, DIR/pi_af_hierarchy/ and
 * DIR/pi_event_frames/ (Hive partitions, the date taken from ts in UTC). The time series is
 * exported denormalised (tag WebId, name, units and data server on every row): a lakehouse table
 * should not need our tag table to be read.
 *
 * A one-shot snapshot, not the shared lake (lib/lake): every file is named after this export's id
 * and nothing already in DIR is touched, so processes exporting their partitions into one DIR add
 * up instead of overwriting each other (four of them once left a quarter of the rows), and two
 * exports of one store are two snapshots side by side.
 */
import { randomUUID } from 'node:crypto';
import { mkdir } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { quotedString, type DuckDBConnection } from '@duckdb/node-api';
import { z } from 'zod';
import { messageOf, type BronzeError } from './errors';
import { err, ok, type Result } from '../result';

const copyResult = z.object({ Count: z.bigint(), Files: z.array(z.string()) });

// Paths cannot be bound as parameters in COPY, so they are quoted; they come from our own
// configuration, never from a browser.
async function copyTo(conn: DuckDBConnection, select: string, target: string, options = ''): Promise<{ rows: number; files: number }> {
  const reader = await conn.runAndReadAll(`COPY (${select}) TO ${quotedString(target)} (FORMAT parquet, RETURN_FILES${options ? `, ${options}` : ''})`);
  const row = copyResult.parse(reader.getRowObjectsJS()[0]);
  return { rows: Number(row.Count), files: row.Files.length };
}

export interface ParquetExport {
  /** Part of every file name this export wrote. */
  exportId: string;
  files: number;
  rows: number;
}

const ASSET_COLUMNS = 's.asset_server_id, s.asset_server_name, s.database_name';

export async function exportParquet(conn: DuckDBConnection, dir: string): Promise<Result<ParquetExport, BronzeError>> {
  const root = resolve(dir);
  const exportId = `export-${new Date().toISOString().replace(/[-:.]/g, '')}-${randomUUID().slice(0, 8)}`;
  try {
    await mkdir(join(root, 'pi_af_hierarchy'), { recursive: true });
    await mkdir(join(root, 'pi_event_frames'), { recursive: true });
    const parts = [
      // APPEND: DuckDB writes into an existing folder and never overwrites a file there.
      await copyTo(
        conn,
        `SELECT *, strftime(ts, '%Y-%m-%d') AS date FROM bronze.pi_timeseries`,
        join(root, 'pi_timeseries'),
        `PARTITION_BY (date), APPEND, FILENAME_PATTERN ${quotedString(`${exportId}-{uuid}`)}`,
      ),
      await copyTo(
        conn,
        `SELECT a.* EXCLUDE (asset_key), ${ASSET_COLUMNS} FROM bronze.pi_af_hierarchy a JOIN bronze.pi_asset_sources s USING (asset_key) ORDER BY path`,
        join(root, 'pi_af_hierarchy', `${exportId}.parquet`),
      ),
      await copyTo(
        conn,
        `SELECT e.* EXCLUDE (asset_key), ${ASSET_COLUMNS} FROM bronze.pi_event_frames e JOIN bronze.pi_asset_sources s USING (asset_key) ORDER BY start_time`,
        join(root, 'pi_event_frames', `${exportId}.parquet`),
      ),
    ];
    return ok({ exportId, files: parts.reduce((n, p) => n + p.files, 0), rows: parts.reduce((n, p) => n + p.rows, 0) });
  } catch (error) {
    return err({ kind: 'export-failed', dir: root, message: messageOf(error) });
  }
}
