/**
 * SQL fragments converting between epoch milliseconds (how JS holds time) and TIMESTAMP (UTC,
 * microseconds). Parameters go through DOUBLE first: a small integer parameter binds as INTEGER
 * and would overflow when scaled to microseconds.
 */
export function tsFromMs(param: string): string {
  return `make_timestamp(CAST(CAST(${param} AS DOUBLE) * 1000 AS BIGINT))`;
}

export function msFromTs(column: string): string {
  return `CAST(epoch_us(${column}) AS DOUBLE) / 1000`;
}
