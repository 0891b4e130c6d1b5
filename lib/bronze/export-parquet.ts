/**
 * Writes bronze as Parquet in the layout a lakehouse ingests directly (Databricks Auto Loader or
 * COPY INTO, Spark): DIR/pi_timeseries/date=YYYY-MM-DD/*.parquet (Hive partitions, the date
 * taken from ts in UTC), DIR/pi_af_hierarchy.parquet, DIR/pi_event_frames.parquet. The time
 * series is exported denormalised (tag WebId, name and units on every row): a lakehouse table
 * should not need our tag table to be read. Re-exporting replaces what was there.
 */
import { mkdir } from 'node:fs/promises';
import { resolve } from 'node:path';
import { quotedString, type DuckDBConnection } from '@duckdb/node-api';
import { z } from 'zod';
import { messageOf, type BronzeError } from './errors';
import { err, ok, type Result } from '../result';

const copyResult = z.object({ Count: z.bigint(), Files: z.array(z.string()) });

// Paths cannot be bound as parameters in COPY, so they are quoted; they come from our own
// configuration, never from a browser.
async function copyTo(conn: DuckDBConnection, select: string, target: string, options: string): Promise<{ rows: number; files: number }> {
  const reader = await conn.runAndReadAll(`COPY (${select}) TO ${quotedString(target)} (FORMAT parquet, RETURN_FILES, ${options})`);
  const row = copyResult.parse(reader.getRowObjectsJS()[0]);
  return { rows: Number(row.Count), files: row.Files.length };
}

export async function exportParquet(
  conn: DuckDBConnection,
  dir: string,
): Promise<Result<{ files: number; rows: number }, BronzeError>> {
  const root = resolve(dir);
  try {
    await mkdir(root, { recursive: true });
    const parts = [
      await copyTo(
        conn,
        `SELECT *, strftime(ts, '%Y-%m-%d') AS date FROM bronze.pi_timeseries`,
        `${root}/pi_timeseries`,
        'PARTITION_BY (date), OVERWRITE',
      ),
      await copyTo(conn, 'SELECT * FROM bronze.pi_af_hierarchy ORDER BY path', `${root}/pi_af_hierarchy.parquet`, 'OVERWRITE'),
      await copyTo(conn, 'SELECT * FROM bronze.pi_event_frames ORDER BY start_time', `${root}/pi_event_frames.parquet`, 'OVERWRITE'),
    ];
    return ok({ files: parts.reduce((n, p) => n + p.files, 0), rows: parts.reduce((n, p) => n + p.rows, 0) });
  } catch (error) {
    return err({ kind: 'export-failed', dir: root, message: messageOf(error) });
  }
}
