/**
 * `lake load DIR --db FILE`: the lake into the DuckDB bronze store. Rolls forward first (a
 * committed but unpublished file is part of the lake), refuses a lake whose log cannot be
 * trusted, then replays values, AF and event frames through the store's LandingSink methods.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { DuckDBInstance } from '@duckdb/node-api';
import { BronzeStore, describeBronzeError } from '../bronze';
import { err, ok, type Result } from '../result';
import { messageOf, type LakeError } from './errors';
import { loadAssets } from './load-assets';
import { loadValues } from './load-values';
import { rollForward } from './publish';
import { scanLog } from './scan-log';

export interface LoadSummary {
  commits: number;
  /** Files this load published for writers that died after committing. */
  rolledForward: number;
  /** Rows landed, once per replayed window holding them (overlapping windows land a row again). */
  valuesLanded: number;
  tags: number;
  windows: number;
  afElements: number;
  eventFrames: number;
}

/** Rows per landValues batch: bounded memory whatever a window holds (a tag with more goes alone). */
const BATCH_ROWS = 500_000;

export async function loadLake(lakeDir: string, dbFile: string, batchRows = BATCH_ROWS): Promise<Result<LoadSummary, LakeError>> {
  const opened = await BronzeStore.open(dbFile);
  if (!opened.ok) return err({ kind: 'bronze', message: describeBronzeError(opened.error) });
  try {
    return await loadLakeInto(opened.value, lakeDir, batchRows);
  } finally {
    await opened.value.close();
  }
}

/**
 * The same into a store the caller holds open: the dashboard owns its bronze file (DuckDB allows
 * one writing process), so the shares its worker processes committed are loaded here, by it.
 */
export async function loadLakeInto(store: BronzeStore, lakeDir: string, batchRows = BATCH_ROWS): Promise<Result<LoadSummary, LakeError>> {
  const dir = resolve(lakeDir);
  const log = await scanLog(dir);
  if (!log.ok) return log;
  const { records, corrupt, gaps } = log.value;
  if (corrupt.length > 0 || gaps.length > 0) return err({ kind: 'untrusted-log', corrupt: corrupt.length, gaps: gaps.length });
  const rolled = await rollForward(dir, records);
  if (!rolled.ok) return rolled;
  const lost = rolled.value.missing[0];
  if (lost) return err({ kind: 'missing-file', sequence: lost.sequence, path: lost.path });

  // A file-backed scratch database: the lake's values are sorted there without having to fit in memory.
  const scratch = await mkdtemp(join(tmpdir(), 'lake-load-'));
  const instance = await DuckDBInstance.create(join(scratch, 'scratch.duckdb'));
  const conn = await instance.connect();
  try {
    const summary: LoadSummary = { commits: records.length, rolledForward: rolled.value.published, valuesLanded: 0, tags: 0, windows: 0, afElements: 0, eventFrames: 0 };
    const sources = new Map(records.flatMap((r) => (r.dataSource ? [[r.dataSource.dataServerId, r.dataSource] as const] : [])));
    for (const source of sources.values()) {
      const own = records.filter((r) => r.dataSource?.dataServerId === source.dataServerId);
      const files = own.flatMap((r) => r.files.filter((f) => f.table === 'pi_timeseries').map((f) => join(dir, f.path)));
      const values = await loadValues(store, conn, source, own, files, batchRows);
      summary.valuesLanded += values.values;
      summary.tags += values.tags;
      summary.windows += values.windows;
    }
    Object.assign(summary, await loadAssets(store, conn, dir, records));
    return ok(summary);
  } catch (error) {
    return err({ kind: 'parquet', path: dir, message: messageOf(error) });
  } finally {
    conn.closeSync();
    instance.closeSync();
    await rm(scratch, { recursive: true, force: true });
  }
}
