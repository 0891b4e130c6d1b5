/**
 * `lake load`, time series: replays every committed window, in commit order, into the bronze
 * store through its public LandingSink methods, each window with its exact bounds and open ends
 * and with every lake row inside it (not only the rows its own commit wrote: the store replaces
 * a window's rows, so a window overlapping an earlier commit's must bring those rows back too).
 * The store then holds exactly the lake's rows and coverage, and loading again changes nothing.
 * The lake's rows go through a DuckDB table sorted by (tag, ts), so each batch reads a key range.
 */
import { quotedString, type DuckDBConnection } from '@duckdb/node-api';
import { allocateValueColumns, type DataSource, type LandingSink, type TagWindow, type ValueColumns } from '../landing';
import type { CommitRecord, WindowGroup } from './commit-record';

export interface LoadedValues {
  values: number;
  tags: number;
  windows: number;
}

const tsLiteral = (ms: number): string => `make_timestamp(${Math.round(ms * 1000)})`;

export async function loadValues(sink: LandingSink, conn: DuckDBConnection, source: DataSource, records: readonly CommitRecord[], files: readonly string[], batchRows: number): Promise<LoadedValues> {
  const webIds = [...new Set(records.flatMap((r) => r.windows.flatMap((g) => g.tagWebIds)))];
  if (webIds.length === 0) return { values: 0, tags: 0, windows: 0 };
  const read = files.length === 0
    ? 'SELECT NULL::VARCHAR AS tag_webid, NULL::VARCHAR AS tag_name, NULL::VARCHAR AS units, NULL::TIMESTAMP AS ts, NULL::UTINYINT AS seq, NULL::DOUBLE AS value, NULL::VARCHAR AS value_state, NULL::BOOLEAN AS quality_good, NULL::BOOLEAN AS quality_questionable, NULL::BOOLEAN AS quality_substituted, NULL::BOOLEAN AS quality_annotated, NULL::TIMESTAMP AS ingested_at WHERE false'
    : `SELECT * FROM read_parquet([${files.map(quotedString).join(', ')}], hive_partitioning = false) WHERE data_server_id = ${quotedString(source.dataServerId)}`;
  await conn.run(`CREATE OR REPLACE TABLE load_rows AS ${read}`);

  // Names and units travel on the rows; a tag the lake holds no row of keeps its WebId as name.
  const named = await conn.runAndReadAll('SELECT tag_webid, arg_max(tag_name, ingested_at), arg_max(units, ingested_at) FROM load_rows GROUP BY 1');
  const names = new Map(named.getRows().map(([w, n, u]) => [String(w), { name: String(n), units: String(u) }]));
  const keys = await sink.registerTags(source, webIds.map((webId) => ({ webId, name: names.get(webId)?.name ?? webId, units: names.get(webId)?.units ?? '' })));

  await conn.run('CREATE OR REPLACE TABLE load_keys (webid VARCHAR, key INTEGER)');
  const appender = await conn.createAppender('load_keys');
  for (const [webId, key] of keys) {
    appender.appendVarchar(webId);
    appender.appendInteger(key);
    appender.endRow();
  }
  appender.flushSync();
  appender.closeSync();
  await conn.run(`CREATE OR REPLACE TABLE load_values AS
    SELECT k.key, r.ts, r.seq, r.value, r.value_state,
           (CAST(r.quality_good AS UTINYINT) + 2 * CAST(r.quality_questionable AS UTINYINT)
            + 4 * CAST(r.quality_substituted AS UTINYINT) + 8 * CAST(r.quality_annotated AS UTINYINT))::UTINYINT AS flags
    FROM load_rows r JOIN load_keys k ON k.webid = r.tag_webid ORDER BY k.key, r.ts, r.seq`);
  await conn.run('DROP TABLE load_rows');

  const loaded: LoadedValues = { values: 0, tags: keys.size, windows: 0 };
  for (const record of records) {
    for (const group of record.windows) {
      const groupKeys = group.tagWebIds.map((w) => keys.get(w) ?? -1).sort((a, b) => a - b);
      for (const chunk of await chunksOf(conn, group, groupKeys, batchRows)) {
        const columns = await readBatch(conn, group, chunk);
        const windows: TagWindow[] = chunk.map((tagKey) => ({ tagKey, startMs: group.startMs, endMs: group.endMs, startOpen: group.startOpen, endOpen: group.endOpen, coveredEndMs: group.coveredEndMs }));
        loaded.values += (await sink.landValues(columns, windows, record.runId)).rowsWritten;
        loaded.windows += windows.length;
      }
    }
  }
  await conn.run('DROP TABLE load_values');
  return loaded;
}

/** The group's rows of the tags in load_chunk: inside the window, open ends and coveredEndMs honoured. */
function insideGroup(g: WindowGroup, keys: readonly number[]): string {
  // The BETWEEN lets DuckDB skip row groups by their key range (load_values is sorted by key).
  return `key BETWEEN ${Math.min(...keys)} AND ${Math.max(...keys)} AND (ts > ${tsLiteral(g.startMs)}${g.startOpen ? '' : ` OR ts = ${tsLiteral(g.startMs)}`})
    AND (ts < ${tsLiteral(g.endMs)}${g.endOpen ? '' : ` OR ts = ${tsLiteral(g.endMs)}`}) AND ts <= ${tsLiteral(g.coveredEndMs)}
    AND key IN (SELECT key FROM load_chunk)`;
}

async function setChunk(conn: DuckDBConnection, keys: readonly number[]): Promise<void> {
  await conn.run('CREATE OR REPLACE TABLE load_chunk (key INTEGER)');
  const appender = await conn.createAppender('load_chunk');
  for (const key of keys) {
    appender.appendInteger(key);
    appender.endRow();
  }
  appender.flushSync();
  appender.closeSync();
}

/** Splits the group's tags into batches of about `batchRows` rows (a tag with more is a batch of its own). */
async function chunksOf(conn: DuckDBConnection, group: WindowGroup, keys: readonly number[], batchRows: number): Promise<number[][]> {
  await setChunk(conn, keys);
  const counted = await conn.runAndReadAll(`SELECT key, count(*)::DOUBLE FROM load_values WHERE ${insideGroup(group, keys)} GROUP BY key`);
  const rowsOf = new Map(counted.getRows().map(([k, n]) => [Number(k), Number(n)]));
  const chunks: number[][] = [];
  let current: number[] = [];
  let rows = 0;
  for (const key of keys) {
    const n = rowsOf.get(key) ?? 0;
    if (current.length > 0 && rows + n > batchRows) {
      chunks.push(current);
      current = [];
      rows = 0;
    }
    current.push(key);
    rows += n;
  }
  if (current.length > 0) chunks.push(current);
  return chunks;
}

async function readBatch(conn: DuckDBConnection, group: WindowGroup, keys: readonly number[]): Promise<ValueColumns> {
  await setChunk(conn, keys);
  const reader = await conn.runAndReadAll(
    `SELECT key, (epoch_us(ts) / 1000)::DOUBLE, seq, value, value_state, flags FROM load_values WHERE ${insideGroup(group, keys)} ORDER BY key, ts, seq`,
  );
  const [key = [], ts = [], seq = [], value = [], state = [], flags = []] = reader.getColumns();
  const n = reader.currentRowCount;
  const c = allocateValueColumns(n);
  for (let i = 0; i < n; i++) {
    c.tagKey[i] = Number(key[i]);
    c.tsMs[i] = Number(ts[i]);
    c.seq[i] = Number(seq[i]);
    const v = value[i];
    c.value[i] = v === null || v === undefined ? NaN : Number(v);
    const s = state[i];
    c.state[i] = s === null || s === undefined ? null : String(s);
    c.flags[i] = Number(flags[i]);
  }
  return c;
}
