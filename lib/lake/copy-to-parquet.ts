/** One COPY ... TO 'file' (FORMAT parquet): the only way lib/lake writes a data file. */
import { stat } from 'node:fs/promises';
import { quotedString, type DuckDBConnection } from '@duckdb/node-api';
import { z } from 'zod';
import { err, ok, type Result } from '../result';
import { ioError, messageOf, type LakeError } from './errors';

const copyResult = z.object({ Count: z.bigint() });

/**
 * zstd: measurably smaller than DuckDB's default snappy on time series and read by every engine
 * that reads Parquet. Paths cannot be bound as parameters in COPY, so the path is quoted; it is
 * built by lib/lake from validated ids, never taken from a request.
 */
export async function copyToParquet(conn: DuckDBConnection, select: string, path: string): Promise<Result<{ rows: number; bytes: number }, LakeError>> {
  let rows: number;
  try {
    const reader = await conn.runAndReadAll(`COPY (${select}) TO ${quotedString(path)} (FORMAT parquet, COMPRESSION zstd, RETURN_FILES)`);
    rows = Number(copyResult.parse(reader.getRowObjectsJS()[0]).Count);
  } catch (error) {
    return err({ kind: 'parquet', path, message: messageOf(error) });
  }
  try {
    return ok({ rows, bytes: (await stat(path)).size });
  } catch (error) {
    return err(ioError(path, error));
  }
}
