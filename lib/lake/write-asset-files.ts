/**
 * Writes staged AF elements or event frames to one Parquet file: bronze's columns (schema.ts)
 * led by the asset source, plus content_hash (what versions are compared by) and run_id.
 * These tables are small and string-heavy, so rows go through the row appender, as in bronze.
 */
import { quotedString, type DuckDBAppender, type DuckDBConnection } from '@duckdb/node-api';
import type { AssetSource } from '../landing';
import type { Result } from '../result';
import { appendNullableVarchar } from '../bronze';
import type { StagedAfElement, StagedEventFrame } from './asset-rows';
import { canonicalJson } from './asset-rows';
import { copyToParquet } from './copy-to-parquet';
import type { LakeError } from './errors';

const sourceColumns = (s: AssetSource): string =>
  `${quotedString(s.assetServerId)} AS asset_server_id, ${quotedString(s.assetServerName)} AS asset_server_name, ${quotedString(s.databaseName)} AS database_name`;
const msToTs = (column: string): string => `make_timestamp(CAST(${column} * 1000 AS BIGINT))`;

export async function writeAfFile(conn: DuckDBConnection, target: string, source: AssetSource, rows: readonly StagedAfElement[]): Promise<Result<{ rows: number; bytes: number }, LakeError>> {
  await conn.run(`CREATE OR REPLACE TABLE stage_af (webid VARCHAR, name VARCHAR, path VARCHAR, parent_webid VARCHAR, depth INTEGER,
    template_name VARCHAR, categories_json VARCHAR, description VARCHAR, content_hash VARCHAR, ingested_ms DOUBLE, run_id VARCHAR)`);
  await appendRows(conn, 'stage_af', rows, (a, { row: r, contentHash, ingestedAtMs, runId }) => {
    a.appendVarchar(r.webId);
    a.appendVarchar(r.name);
    a.appendVarchar(r.path);
    appendNullableVarchar(a, r.parentWebId);
    a.appendInteger(r.depth);
    appendNullableVarchar(a, r.templateName);
    a.appendVarchar(JSON.stringify(r.categoryNames));
    appendNullableVarchar(a, r.description);
    a.appendVarchar(contentHash);
    a.appendDouble(ingestedAtMs);
    a.appendVarchar(runId);
  });
  return copyToParquet(
    conn,
    `SELECT ${sourceColumns(source)}, webid AS element_webid, name, path, parent_webid, depth, template_name,
            from_json(categories_json, '["VARCHAR"]') AS category_names, description, content_hash,
            ${msToTs('ingested_ms')} AS ingested_at, run_id
     FROM stage_af ORDER BY path`,
    target,
  );
}

export async function writeEventFrameFile(conn: DuckDBConnection, target: string, source: AssetSource, rows: readonly StagedEventFrame[]): Promise<Result<{ rows: number; bytes: number }, LakeError>> {
  await conn.run(`CREATE OR REPLACE TABLE stage_ef (webid VARCHAR, name VARCHAR, template_name VARCHAR, start_ms DOUBLE, end_ms DOUBLE,
    primary_element_webid VARCHAR, categories_json VARCHAR, severity VARCHAR, attributes_json VARCHAR, content_hash VARCHAR,
    ingested_ms DOUBLE, run_id VARCHAR)`);
  await appendRows(conn, 'stage_ef', rows, (a, { row: r, contentHash, ingestedAtMs, runId }) => {
    a.appendVarchar(r.webId);
    a.appendVarchar(r.name);
    appendNullableVarchar(a, r.templateName);
    a.appendDouble(r.startMs);
    if (r.endMs === null) a.appendNull();
    else a.appendDouble(r.endMs);
    appendNullableVarchar(a, r.primaryElementWebId);
    a.appendVarchar(JSON.stringify(r.categoryNames));
    appendNullableVarchar(a, r.severity);
    a.appendVarchar(canonicalJson(r.attributes));
    a.appendVarchar(contentHash);
    a.appendDouble(ingestedAtMs);
    a.appendVarchar(runId);
  });
  return copyToParquet(
    conn,
    `SELECT ${sourceColumns(source)}, webid AS event_frame_webid, name, template_name, ${msToTs('start_ms')} AS start_time,
            ${msToTs('end_ms')} AS end_time, (end_ms - start_ms) / 1000 AS duration_seconds, primary_element_webid,
            from_json(categories_json, '["VARCHAR"]') AS category_names, severity, CAST(attributes_json AS JSON) AS attributes,
            content_hash, ${msToTs('ingested_ms')} AS ingested_at, run_id
     FROM stage_ef ORDER BY start_ms`,
    target,
  );
}

async function appendRows<T>(conn: DuckDBConnection, table: string, rows: readonly T[], appendRow: (a: DuckDBAppender, row: T) => void): Promise<void> {
  const appender = await conn.createAppender(table);
  try {
    for (const row of rows) {
      appendRow(appender, row);
      appender.endRow();
    }
    appender.flushSync();
  } finally {
    appender.closeSync();
  }
}
