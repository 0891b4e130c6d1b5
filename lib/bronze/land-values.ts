/**
 * Lands a columnar batch of timed values in one transaction: replace each tag's window (open ends
 * excluded), append through the data-chunk appender, merge the windows' coverage into the
 * checkpoints. Landing the same window twice leaves the same rows; a throw leaves nothing of the batch.
 */
import type { DuckDBConnection } from '@duckdb/node-api';
import { CHUNK_ROWS, ChunkFiller, integerValue } from './chunk-filler';
import { RAW_COLUMNS } from './schema';
import { tsFromMs } from './sql-time';
import { emptyTempTable } from './empty-temp-table';
import { inTransaction } from './transaction';
import type { TagWindow, ValueColumns } from '../landing';
import { validateBatch } from '../landing';

/** Test seam: called after each appended chunk; throwing from it simulates a crash mid-landing. */
export type ChunkHook = (rowsAppended: number) => void;

// Yield to the event loop every ~65k rows so a landing does not stall the server's other requests.
const CHUNKS_PER_YIELD = 32;

const col = (name: (typeof RAW_COLUMNS)[number]): number => RAW_COLUMNS.indexOf(name);

export async function landValues(
  conn: DuckDBConnection,
  columns: ValueColumns,
  windows: readonly TagWindow[],
  runId: string,
  onChunk?: ChunkHook,
): Promise<{ rowsWritten: number }> {
  if (runId.length === 0) throw new Error('runId must not be empty');
  const checked = validateBatch(columns, windows);
  if (windows.length === 0) return { rowsWritten: 0 };

  return inTransaction(conn, async () => {
    await emptyTempTable(conn, 'land_windows');
    await stageWindows(conn, windows);
    await assertTagsRegistered(conn);
    await deleteWindows(conn, checked.minStartMs, checked.maxEndMs);
    await appendRows(conn, columns, await insertLanding(conn, runId), onChunk);
    await mergeCoverage(conn, runId);
    await touchSources(conn);
    return { rowsWritten: columns.length };
  });
}

async function stageWindows(conn: DuckDBConnection, windows: readonly TagWindow[]): Promise<void> {
  const n = windows.length;
  const tagKey = new Int32Array(n);
  const startMs = new Float64Array(n);
  const endMs = new Float64Array(n);
  const coveredEndMs = new Float64Array(n);
  // BOOLEAN is one byte in a DuckDB vector: 0/1 bytes copy straight in.
  const startOpen = new Uint8Array(n);
  const endOpen = new Uint8Array(n);
  windows.forEach((w, i) => {
    tagKey[i] = w.tagKey;
    startMs[i] = w.startMs;
    endMs[i] = w.endMs;
    coveredEndMs[i] = w.coveredEndMs;
    startOpen[i] = w.startOpen ? 1 : 0;
    endOpen[i] = w.endOpen ? 1 : 0;
  });
  const appender = await conn.createAppender('land_windows', 'main', 'temp');
  try {
    const filler = new ChunkFiller(appender);
    for (let offset = 0; offset < n; offset += CHUNK_ROWS) {
      filler.begin(Math.min(CHUNK_ROWS, n - offset));
      filler.copy(0, tagKey, offset);
      filler.copyTimestampsMs(1, startMs, offset);
      filler.copyTimestampsMs(2, endMs, offset);
      filler.copy(3, startOpen, offset);
      filler.copy(4, endOpen, offset);
      filler.copyTimestampsMs(5, coveredEndMs, offset);
      appender.appendDataChunk(filler.chunk);
    }
    appender.flushSync();
  } finally {
    appender.closeSync();
  }
}

async function assertTagsRegistered(conn: DuckDBConnection): Promise<void> {
  const reader = await conn.runAndReadAll(
    'SELECT min(w.tag_key) FROM temp.land_windows w ANTI JOIN bronze.pi_tags t ON t.tag_key = w.tag_key',
  );
  const missing = reader.getRows()[0]?.[0];
  if (missing !== null && missing !== undefined) throw new Error(`tag key ${String(missing)} is not registered`);
}

/**
 * Deletes what the windows replace. A first load of a time range (most landings) finds no row of
 * these tags in [min start, max end], and that probe reads only the ts column of the row groups
 * whose zone maps overlap it, so the delete's join is skipped. Coverage cannot decide it: a window
 * reaching past the time of its read lands future values it does not mark covered.
 */
async function deleteWindows(conn: DuckDBConnection, minStartMs: number, maxEndMs: number): Promise<void> {
  const bounds = [minStartMs, maxEndMs];
  const inBounds = `r.ts BETWEEN ${tsFromMs('$1')} AND ${tsFromMs('$2')}`;
  const probe = await conn.runAndReadAll(
    `SELECT 1 FROM bronze.pi_timeseries_raw r SEMI JOIN temp.land_windows w USING (tag_key) WHERE ${inBounds} LIMIT 1`,
    bounds,
  );
  if (probe.getRows().length === 0) return;
  await conn.run(
    `DELETE FROM bronze.pi_timeseries_raw r USING temp.land_windows w
     WHERE r.tag_key = w.tag_key AND ${inBounds}
       AND (r.ts > w.start_ts OR (r.ts = w.start_ts AND NOT w.start_open))
       AND (r.ts < w.end_ts OR (r.ts = w.end_ts AND NOT w.end_open))`,
    bounds,
  );
}

/** One bronze.pi_landings row for this batch: its run and ingestion time, stored once instead of per value. */
async function insertLanding(conn: DuckDBConnection, runId: string): Promise<number> {
  const reader = await conn.runAndReadAll(
    `INSERT INTO bronze.pi_landings
     SELECT coalesce(max(landing_id), 0) + 1, $1, ${tsFromMs('$2')} FROM bronze.pi_landings
     RETURNING landing_id`,
    [runId, Date.now()],
  );
  const id = reader.getRows()[0]?.[0];
  if (typeof id !== 'number') throw new Error('bronze.pi_landings returned no landing id');
  return id;
}

async function appendRows(conn: DuckDBConnection, columns: ValueColumns, landingId: number, onChunk?: ChunkHook): Promise<void> {
  const appender = await conn.createAppender('pi_timeseries_raw', 'bronze');
  try {
    if (appender.columnCount !== RAW_COLUMNS.length) throw new Error('bronze.pi_timeseries_raw does not match RAW_COLUMNS');
    const filler = new ChunkFiller(appender);
    const landing = integerValue(landingId);
    const { tagKey, tsMs, seq, value, state, flags } = columns;
    let chunks = 0;
    for (let offset = 0; offset < columns.length; offset += CHUNK_ROWS) {
      const rows = Math.min(CHUNK_ROWS, columns.length - offset);
      filler.begin(rows);
      filler.copy(col('tag_key'), tagKey, offset);
      filler.copyTimestampsMs(col('ts'), tsMs, offset);
      filler.copy(col('seq'), seq, offset);
      filler.copy(col('value'), value, offset);
      filler.setNulls(col('value'), (i) => Number.isNaN(value[offset + i]));
      filler.setSparseStrings(col('value_state'), state, offset);
      // ValueColumns.flags uses the bits quality_flags stores (FLAG_* of ./types).
      filler.copy(col('quality_flags'), flags, offset);
      filler.setConstant(col('landing_id'), landing);
      appender.appendDataChunk(filler.chunk);
      onChunk?.(offset + rows);
      if (++chunks % CHUNKS_PER_YIELD === 0) await new Promise<void>((resolve) => setImmediate(resolve));
    }
    appender.flushSync();
  } catch (error) {
    appender.clear();
    throw error;
  } finally {
    appender.closeSync();
  }
}

/**
 * Unions each window's [start, coveredEnd] with its tag's covered intervals and stores the merged
 * set (gaps-and-islands: an interval opens a new island unless it starts at or before the furthest
 * end seen so far in its tag).
 */
async function mergeCoverage(conn: DuckDBConnection, runId: string): Promise<void> {
  const added = 'SELECT tag_key, start_ts, covered_end_ts AS end_ts FROM temp.land_windows WHERE covered_end_ts >= start_ts';
  await conn.run(
    `CREATE OR REPLACE TEMP TABLE merged_coverage AS
     WITH added AS (${added}),
     intervals AS (
       SELECT c.tag_key, c.start_ts, c.end_ts FROM checkpoints.pi_coverage c SEMI JOIN added USING (tag_key)
       UNION ALL SELECT * FROM added
     ),
     marked AS (
       SELECT *, CASE WHEN start_ts <= max(end_ts) OVER (PARTITION BY tag_key ORDER BY start_ts, end_ts
                                                         ROWS BETWEEN UNBOUNDED PRECEDING AND 1 PRECEDING)
                      THEN 0 ELSE 1 END AS opens
       FROM intervals
     ),
     islands AS (SELECT *, sum(opens) OVER (PARTITION BY tag_key ORDER BY start_ts, end_ts ROWS UNBOUNDED PRECEDING) AS island FROM marked)
     SELECT tag_key, min(start_ts) AS start_ts, max(end_ts) AS end_ts FROM islands GROUP BY tag_key, island`,
  );
  await conn.run(`DELETE FROM checkpoints.pi_coverage WHERE tag_key IN (SELECT tag_key FROM temp.merged_coverage)`);
  await conn.run(
    `INSERT INTO checkpoints.pi_coverage SELECT tag_key, start_ts, end_ts, $1, ${tsFromMs('$2')} FROM temp.merged_coverage`,
    [runId, Date.now()],
  );
}

/** The data pages default to the source landed last. */
async function touchSources(conn: DuckDBConnection): Promise<void> {
  await conn.run(
    `UPDATE bronze.pi_sources SET last_landed_at = ${tsFromMs('$1')}
     WHERE source_key IN (SELECT DISTINCT t.source_key FROM bronze.pi_tags t SEMI JOIN temp.land_windows w USING (tag_key))`,
    [Date.now()],
  );
}
