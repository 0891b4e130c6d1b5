/**
 * The source a data-page query reads: the one asked for, which must exist, or else the one landed
 * last (the latest run's). Null when bronze holds no source of that kind yet.
 */
import { z } from 'zod';
import { err, ok, type Result } from '../../result';
import { queryRows, type SqlReader } from '../sql-reader';
import { newestFirst, SOURCE_TABLES, type SourceKind } from './source-tables';

export interface UnknownSource {
  kind: 'unknown-source';
  sourceKind: SourceKind;
  key: number;
}

const row = z.object({ key: z.number() });

export async function resolveSourceKey(
  db: SqlReader,
  sourceKind: SourceKind,
  requested: number | undefined,
): Promise<Result<number | null, UnknownSource>> {
  const { table, key, holds } = SOURCE_TABLES[sourceKind];
  if (requested !== undefined) {
    // Bound as DOUBLE: a key past INTEGER's range is simply not there, not a cast error.
    const found = await queryRows(db, row, `SELECT ${key}::DOUBLE AS key FROM ${table} WHERE ${key} = CAST($1 AS DOUBLE)`, [requested]);
    return found.length === 1 ? ok(requested) : err({ kind: 'unknown-source', sourceKind, key: requested });
  }
  const latest = await queryRows(db, row, `SELECT ${key}::DOUBLE AS key FROM ${table} s WHERE ${holds} ORDER BY ${newestFirst(sourceKind)} LIMIT 1`);
  return ok(latest[0]?.key ?? null);
}

export function describeUnknownSource(error: UnknownSource): string {
  return `no ${error.sourceKind === 'data' ? 'PI data source' : 'AF source'} ${error.key} in bronze (GET /api/bronze/sources lists them)`;
}
