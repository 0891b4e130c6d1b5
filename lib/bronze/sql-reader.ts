/**
 * The read side every query in lib/bronze/queries runs through: parameterised SQL in, rows out,
 * parsed with zod at this boundary. Queries cast counts and times to DOUBLE in SQL, so rows
 * arrive as plain numbers rather than BigInts or Dates.
 */
import type { DuckDBValue, JS } from '@duckdb/node-api';
import { z } from 'zod';

export type SqlParams = readonly DuckDBValue[];

export interface SqlReader {
  readRows(sql: string, params?: SqlParams): Promise<Record<string, JS>[]>;
}

export async function queryRows<S extends z.ZodType>(
  db: SqlReader,
  row: S,
  sql: string,
  params: SqlParams = [],
): Promise<z.infer<S>[]> {
  return z.array(row).parse(await db.readRows(sql, params));
}

export async function queryOne<S extends z.ZodType>(db: SqlReader, row: S, sql: string, params: SqlParams = []): Promise<z.infer<S>> {
  const rows = await queryRows(db, row, sql, params);
  if (rows.length !== 1) throw new Error(`expected one row, got ${rows.length}`);
  return rows[0] as z.infer<S>;
}

/** JSON text from a JSON column, back to a value. */
export function parseJsonColumn(text: string): unknown {
  return JSON.parse(text) as unknown;
}
