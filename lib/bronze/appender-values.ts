/** Row-appender helpers for the small, string-heavy tables (tags, AF, event frames). */
import type { DuckDBAppender } from '@duckdb/node-api';

export function appendNullableVarchar(appender: DuckDBAppender, value: string | null): void {
  if (value === null) appender.appendNull();
  else appender.appendVarchar(value);
}
