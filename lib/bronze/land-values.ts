/**
 * Lands a columnar batch of timed values in one transaction: replace each tag's window, append
 * through the data-chunk appender, move the watermarks. Landing the same window twice leaves the
 * same rows; a throw anywhere leaves nothing of the batch.
 */
import type { DuckDBConnection } from '@duckdb/node-api';
import { CHUNK_ROWS, ChunkFiller, integerValue } from './chunk-filler';
import { RAW_COLUMNS } from './schema';
import { tsFromMs } from './sql-time';
import { inTransaction } from './transaction';
import type { TagWindow, ValueColumns } from './types';
import { validateBatch } from './validate-batch';

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
    await conn.run('DELETE FROM temp.land_windows');
    await conn.run('DELETE FROM temp.land_deleted');
    await stageWindows(conn, windows, checked.insertedPerWindow);
    await assertTagsRegistered(conn);
    await deleteWindows(conn, checked.minStartMs, checked.maxEndMs);
    await appendRows(conn, columns, await insertLanding(conn, runId), onChunk);
    await upsertWatermarks(conn, runId);
    return { rowsWritten: columns.length };
  });
}

async function stageWindows(conn: DuckDBConnection, windows: readonly TagWindow[], inserted: Int32Array): Promise<void> {
  const n = windows.length;
  const tagKey = new Int32Array(n);
  const startMs = new Float64Array(n);
  const endMs = new Float64Array(n);
  windows.forEach((w, i) => {
    tagKey[i] = w.tagKey;
    startMs[i] = w.startMs;
    endMs[i] = w.endMs;
  });
  const appender = await conn.createAppender('land_windows', 'main', 'temp');
  try {
    const filler = new ChunkFiller(appender);
    for (let offset = 0; offset < n; offset += CHUNK_ROWS) {
      filler.begin(Math.min(CHUNK_ROWS, n - offset));
      filler.copy(0, tagKey, offset);
      filler.copyTimestampsMs(1, startMs, offset);
      filler.copyTimestampsMs(2, endMs, offset);
      filler.copy(3, inserted, offset);
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
 * Rows of a tag only exist inside its watermark range, so windows that miss it (a first load,
 * a frontfill past the end) need no delete scan; the ts bounds let DuckDB skip row groups.
 */
async function deleteWindows(conn: DuckDBConnection, minStartMs: number, maxEndMs: number): Promise<void> {
  const overlap = await conn.runAndReadAll(
    `SELECT count(*) FROM temp.land_windows w JOIN checkpoints.pi_watermarks m USING (tag_key)
     WHERE w.start_ts <= m.last_ts AND w.end_ts >= m.first_ts`,
  );
  if (Number(overlap.getRows()[0]?.[0] ?? 0) === 0) return;
  const bounds = [minStartMs, maxEndMs];
  const match = `r.tag_key = w.tag_key AND r.ts BETWEEN w.start_ts AND w.end_ts
    AND r.ts BETWEEN ${tsFromMs('$1')} AND ${tsFromMs('$2')}`;
  await conn.run(
    `INSERT INTO temp.land_deleted SELECT r.tag_key, count(*) FROM bronze.pi_timeseries_raw r
     JOIN temp.land_windows w ON ${match} GROUP BY r.tag_key`,
    bounds,
  );
  await conn.run(`DELETE FROM bronze.pi_timeseries_raw r USING temp.land_windows w WHERE ${match}`, bounds);
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

async function upsertWatermarks(conn: DuckDBConnection, runId: string): Promise<void> {
  await conn.run(
    `INSERT INTO checkpoints.pi_watermarks
       (tag_key, tag_webid, first_ts, last_ts, last_run_id, row_count, updated_at)
     SELECT w.tag_key, t.tag_webid, w.start_ts, w.end_ts, $1, w.inserted - coalesce(d.n, 0),
            ${tsFromMs('$2')}
     FROM temp.land_windows w JOIN bronze.pi_tags t USING (tag_key) LEFT JOIN temp.land_deleted d USING (tag_key)
     ON CONFLICT (tag_key) DO UPDATE SET
       first_ts = least(first_ts, excluded.first_ts),
       last_ts = greatest(last_ts, excluded.last_ts),
       last_run_id = excluded.last_run_id,
       row_count = row_count + excluded.row_count,
       updated_at = excluded.updated_at`,
    [runId, Date.now()],
  );
}
