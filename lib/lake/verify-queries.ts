/**
 * Verify's DuckDB checks. Duplicates are counted over the plain glob, exactly what a reader
 * issues; the per-commit checks read each committed file where it is now (published or still
 * staged) and know which record it belongs to.
 */
import { join } from 'node:path';
import { quotedString, timestampValue, type DuckDBConnection } from '@duckdb/node-api';
import { recordWindows, type CommitRecord } from './commit-record';
import type { LakeTable } from './layout';

const globOf = (dir: string, table: LakeTable): string =>
  table === 'pi_timeseries' ? join(dir, table, '**', '*.parquet') : join(dir, table, '*.parquet');

async function scalar(conn: DuckDBConnection, sql: string): Promise<number> {
  const reader = await conn.runAndReadAll(sql);
  return Number(reader.getRows()[0]?.[0] ?? 0);
}

/** Rows a reader sees in the table; 0 when the folder holds no Parquet file (read_parquet would refuse). */
export async function visibleRows(conn: DuckDBConnection, dir: string, table: LakeTable): Promise<number> {
  const glob = quotedString(globOf(dir, table));
  if ((await scalar(conn, `SELECT count(*) FROM glob(${glob})`)) === 0) return 0;
  return scalar(conn, `SELECT count(*)::DOUBLE FROM read_parquet(${glob}, hive_partitioning = ${table === 'pi_timeseries'})`);
}

/**
 * Key groups (data_server_id, tag_webid, ts, seq) a reader sees more than once. Grouped first by
 * a 64-bit hash of the two strings: 44 M rows then took 7 s and 2.8 GB instead of 20 s and
 * 5.5 GB (measured). A hash collision could only over-report, so any hit is recounted exactly.
 */
export async function duplicateKeys(conn: DuckDBConnection, dir: string): Promise<number> {
  const glob = quotedString(globOf(dir, 'pi_timeseries'));
  if ((await scalar(conn, `SELECT count(*) FROM glob(${glob})`)) === 0) return 0;
  const rows = `read_parquet(${glob}, hive_partitioning = true)`;
  const candidates = `SELECT hash(data_server_id, tag_webid) AS h, ts, seq FROM ${rows} GROUP BY ALL HAVING count(*) > 1`;
  if ((await scalar(conn, `SELECT count(*)::DOUBLE FROM (${candidates})`)) === 0) return 0;
  return scalar(
    conn,
    `SELECT count(*)::DOUBLE FROM (SELECT 1 FROM ${rows} r SEMI JOIN (${candidates}) c ON hash(r.data_server_id, r.tag_webid) = c.h AND r.ts = c.ts AND r.seq = c.seq
     GROUP BY data_server_id, tag_webid, ts, seq HAVING count(*) > 1)`,
  );
}

/** Absolute readable path -> record sequence, for the committed files of `table` that exist. */
export type ReadableFiles = Map<string, number>;

async function loadFiles(conn: DuckDBConnection, files: ReadableFiles): Promise<string> {
  await conn.run('CREATE OR REPLACE TABLE verify_files (path VARCHAR, seq INTEGER)');
  const appender = await conn.createAppender('verify_files');
  for (const [path, seq] of files) {
    appender.appendVarchar(path);
    appender.appendInteger(seq);
    appender.endRow();
  }
  appender.flushSync();
  appender.closeSync();
  return `read_parquet([${[...files.keys()].map(quotedString).join(', ')}], filename = true, hive_partitioning = false)`;
}

/**
 * Committed rows lying outside every window of their own record (open ends and coveredEndMs
 * honoured), or carrying another data server than the record's: coverage would then claim
 * instants whose rows are elsewhere, or miss rows that are there.
 */
export async function rowsOutsideWindows(conn: DuckDBConnection, files: ReadableFiles, records: readonly CommitRecord[]): Promise<number> {
  if (files.size === 0) return 0;
  const source = await loadFiles(conn, files);
  await conn.run('CREATE OR REPLACE TABLE verify_windows (seq INTEGER, data_server_id VARCHAR, webid VARCHAR, lo TIMESTAMP, hi TIMESTAMP)');
  const appender = await conn.createAppender('verify_windows');
  // Open ends become closed ones a microsecond inside (TIMESTAMP's resolution), so the check is
  // one BETWEEN: an ANTI JOIN with OR-ed bound conditions ran as a nested loop (10 s for 3 M rows).
  const us = (ms: number) => BigInt(Math.round(ms * 1000));
  for (const record of records) {
    for (const w of recordWindows(record)) {
      const lo = us(w.startMs) + (w.startOpen ? 1n : 0n);
      const end = us(w.endMs) - (w.endOpen ? 1n : 0n);
      const covered = us(w.coveredEndMs);
      appender.appendInteger(record.sequence);
      appender.appendVarchar(record.dataSource?.dataServerId ?? '');
      appender.appendVarchar(w.webId);
      appender.appendTimestamp(timestampValue(lo));
      appender.appendTimestamp(timestampValue(end < covered ? end : covered));
      appender.endRow();
    }
  }
  appender.flushSync();
  appender.closeSync();
  return scalar(
    conn,
    `SELECT count(*)::DOUBLE FROM ${source} r JOIN verify_files f ON f.path = r.filename
     ANTI JOIN verify_windows w ON w.seq = f.seq AND w.data_server_id = r.data_server_id AND w.webid = r.tag_webid AND r.ts BETWEEN w.lo AND w.hi`,
  );
}

/**
 * AF or event-frame versions equal to the version before them (same AF server and WebId, by
 * commit sequence): the lake writes a version only when the content changed. A-B-A is three
 * legitimate versions, so consecutive versions are compared, not all of them.
 */
export async function duplicateVersions(conn: DuckDBConnection, files: ReadableFiles, table: Exclude<LakeTable, 'pi_timeseries'>): Promise<number> {
  if (files.size === 0) return 0;
  const source = await loadFiles(conn, files);
  const webid = table === 'pi_af_hierarchy' ? 'element_webid' : 'event_frame_webid';
  return scalar(
    conn,
    `SELECT count(*)::DOUBLE FROM (
       SELECT content_hash, lag(content_hash) OVER (PARTITION BY asset_server_id, ${webid} ORDER BY f.seq) AS previous,
              count(*) OVER (PARTITION BY asset_server_id, ${webid}, f.seq) AS in_commit
       FROM ${source} r JOIN verify_files f ON f.path = r.filename)
     WHERE content_hash = previous OR in_commit > 1`,
  );
}
