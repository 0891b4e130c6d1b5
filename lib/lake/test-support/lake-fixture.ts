/**
 * Test helpers: a temporary lake directory, a deterministic value grid, a connector stand-in
 * that lands only what coverage() says is missing, and reads over the plain glob, exactly as
 * a lake reader would issue them.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DuckDBInstance } from '@duckdb/node-api';
import { gapContains, uncoveredParts, type DataSource, type Interval, type TagRegistration, type TagWindow, type ValueColumns } from '../../landing';
import type { LakeShare } from '../lake-share';

export const SOURCE: DataSource = { dataServerId: 'f1e2d3c4-0000-4000-8000-000000000001', dataServerName: 'PIDA-TEST' };
export const MIN = 60_000;
/** 22:00 UTC on 2024-01-01: a 4 h window crosses midnight, so files land in two date partitions. */
export const T0 = Date.UTC(2024, 0, 1, 22);

export async function tempLake(): Promise<{ dir: string; remove: () => Promise<void> }> {
  const dir = await mkdtemp(join(tmpdir(), 'lake-test-'));
  return { dir, remove: () => rm(dir, { recursive: true, force: true }) };
}

export function tagList(count: number, from = 0): TagRegistration[] {
  return Array.from({ length: count }, (_, i) => ({ webId: `W${from + i}`, name: `TAG.${from + i}`, units: 'degC' }));
}

/** The value PI "holds" for tag i at ts: the same whichever share or attempt reads it. */
export function valueAt(tagIndex: number, tsMs: number): number {
  return tagIndex * 1000 + ((tsMs / MIN) % 997);
}

/** Lands `window` of every tag, minute grid, only where coverage() says it is missing, like the connector. */
export async function landLikeConnector(share: LakeShare, tags: readonly TagRegistration[], runId: string, window: Interval, coveredEndMs = window.endMs): Promise<number> {
  const keys = await share.registerTags(SOURCE, tags);
  const keyList = tags.map((t) => keys.get(t.webId) ?? -1);
  const covered = await share.coverage(keyList);
  // One batch per gap ordinal: a batch holds at most one window per tag.
  const batches: { windows: TagWindow[]; rows: [number, number, number][] }[] = [];
  tags.forEach((tag, i) => {
    const key = keyList[i] ?? -1;
    uncoveredParts(window, covered.get(key) ?? []).forEach((gap, g) => {
      const batch = (batches[g] ??= { windows: [], rows: [] });
      batch.windows.push({ tagKey: key, ...gap, coveredEndMs });
      for (let ts = Math.ceil(window.startMs / MIN) * MIN; ts <= window.endMs; ts += MIN) {
        if (gapContains(gap, ts) && ts <= coveredEndMs) batch.rows.push([key, ts, valueAt(Number(tag.webId.slice(1)), ts)]);
      }
    });
  });
  let written = 0;
  for (const b of batches) written += (await share.landValues(columnsOf(b.rows), b.windows, runId)).rowsWritten;
  return written;
}

/** [tagKey, tsMs, value] rows, grouped by tag in the order given, to ValueColumns. */
export function columnsOf(rows: readonly (readonly [number, number, number])[]): ValueColumns {
  const n = rows.length;
  const c: ValueColumns = { length: n, tagKey: new Int32Array(n), tsMs: new Float64Array(n), seq: new Uint8Array(n), value: new Float64Array(n), state: new Array<string | null>(n).fill(null), flags: new Uint8Array(n).fill(1) };
  rows.forEach(([key, ts, value], i) => {
    c.tagKey[i] = key;
    c.tsMs[i] = ts;
    c.value[i] = value;
  });
  return c;
}

export interface LakeFigures {
  rows: number;
  duplicateKeys: number;
  /** Per tag WebId: count, sum(value), sum(epoch_ms(ts)). */
  perTag: Record<string, [number, number, number]>;
}

/** What a plain `read_parquet('DIR/pi_timeseries/**\/*.parquet', hive_partitioning = true)` sees. */
export async function readLake(dir: string): Promise<LakeFigures> {
  const instance = await DuckDBInstance.create(':memory:');
  const conn = await instance.connect();
  try {
    const glob = `read_parquet('${join(dir, 'pi_timeseries')}/**/*.parquet', hive_partitioning = true)`;
    const total = await conn.runAndReadAll(`SELECT count(*)::DOUBLE FROM ${glob}`).catch(() => null);
    if (total === null) return { rows: 0, duplicateKeys: 0, perTag: {} };
    const dup = await conn.runAndReadAll(`SELECT count(*)::DOUBLE FROM (SELECT 1 FROM ${glob} GROUP BY data_server_id, tag_webid, ts, seq HAVING count(*) > 1)`);
    const tags = await conn.runAndReadAll(`SELECT tag_webid, count(*)::DOUBLE, sum(value), sum(epoch_ms(ts))::DOUBLE FROM ${glob} GROUP BY 1 ORDER BY 1`);
    const perTag: LakeFigures['perTag'] = {};
    for (const [webId, n, sumValue, sumTs] of tags.getRows()) perTag[String(webId)] = [Number(n), Number(sumValue), Number(sumTs)];
    return { rows: Number(total.getRows()[0]?.[0]), duplicateKeys: Number(dup.getRows()[0]?.[0]), perTag };
  } finally {
    conn.closeSync();
    instance.closeSync();
  }
}

export const minutesIn = (window: Interval): number => Math.floor((window.endMs - window.startMs) / MIN) + 1;

/** Rows a plain glob over one table folder sees (0 when it holds no file yet). */
export async function countTable(dir: string, table: 'pi_af_hierarchy' | 'pi_event_frames'): Promise<number> {
  const instance = await DuckDBInstance.create(':memory:');
  const conn = await instance.connect();
  try {
    const reader = await conn.runAndReadAll(`SELECT count(*)::DOUBLE FROM read_parquet('${join(dir, table)}/*.parquet')`).catch(() => null);
    return reader ? Number(reader.getRows()[0]?.[0]) : 0;
  } finally {
    conn.closeSync();
    instance.closeSync();
  }
}

/**
 * Per tag, row count and an order-independent checksum of every column a reader sees: a sum of
 * row hashes, not of values (a floating-point sum depends on the order the files are read in).
 */
export async function lakeChecksums(dir: string): Promise<{ rows: number; keys: number; perTag: Map<string, string> }> {
  const instance = await DuckDBInstance.create(':memory:');
  const conn = await instance.connect();
  try {
    const from = `read_parquet('${join(dir, 'pi_timeseries').replaceAll("'", "''")}/**/*.parquet', hive_partitioning = true)`;
    const totals = (await conn.runAndReadAll(`SELECT count(*)::DOUBLE, (SELECT count(*) FROM (SELECT DISTINCT data_server_id, tag_webid, ts, seq FROM ${from}))::DOUBLE FROM ${from}`)).getRows()[0] ?? [];
    const tags = await conn.runAndReadAll(
      `SELECT tag_webid, count(*)::DOUBLE AS n,
              sum(hash(epoch_ms(ts), seq, value, value_state, quality_good, quality_questionable, quality_substituted, quality_annotated))::VARCHAR AS h
       FROM ${from} GROUP BY tag_webid`,
    );
    const perTag = new Map(tags.getRowObjectsJS().map((r) => [String(r.tag_webid), `${String(r.n)}:${String(r.h)}`]));
    return { rows: Number(totals[0]), keys: Number(totals[1]), perTag };
  } finally {
    conn.closeSync();
    instance.closeSync();
  }
}
