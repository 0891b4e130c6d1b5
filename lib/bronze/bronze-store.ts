/**
 * The embedded lakehouse (DESIGN §5): one DuckDB database, a single writer connection whose
 * jobs run one at a time, and a fresh connection per read so dashboard queries never wait for
 * (or see half of) a landing in flight.
 */
import type { DuckDBConnection, JS } from '@duckdb/node-api';
import { z } from 'zod';
import { err, ok, type Result } from '../result';
import { openError, type BronzeError } from './errors';
import { clearTables, type ClearedTables } from './clear-tables';
import { exportParquet, type ParquetExport } from './export-parquet';
import { landAfElements } from './land-af-elements';
import { landEventFrames } from './land-event-frames';
import { landValues, type ChunkHook } from './land-values';
import { registerTags } from './register-tags';
import { getRun, listRuns, saveRun } from './runs-table';
import { connectTo, openDatabase, type OpenedDatabase } from './open-database';
import { migrateCoverage } from './migrate-coverage';
import { migrateRawLayout } from './migrate-raw-layout';
import { migrateSourceIdentity } from './migrate-source-identity';
import { STAGING_DDL, TABLE_DDL, VIEW_DDL } from './schema';
import { queryOne, type SqlParams, type SqlReader } from './sql-reader';
import type { AfElementRow, AssetSource, DataSource, EventFrameRow, TagRegistration, TagWindow, ValueColumns } from '../landing';
import type { BronzeCounts, RunRecord } from './types';
import { readCoverage } from './coverage';
import { SerialQueue } from './serial-queue';
import type { Interval, LandingSink } from '../landing';

export interface BronzeStoreOptions {
  /** DuckDB's memory_limit for a file-backed store (e.g. '128MB'); see open-database.ts. */
  memoryLimit?: string;
  /** Test seam: called after each appended chunk of landValues; throw from it to simulate a crash. */
  onChunkAppended?: ChunkHook;
}

const countsRow = z.object({ timeseries: z.number(), tags: z.number(), af: z.number(), ef: z.number() });

export class BronzeStore implements SqlReader, LandingSink {
  /** Landing a window deletes the rows already inside it first. */
  readonly replacesWindows = true;
  private readonly writes = new SerialQueue();
  private closed = false;

  private constructor(
    readonly file: string,
    private readonly db: OpenedDatabase,
    private readonly writer: DuckDBConnection,
    private readonly options: BronzeStoreOptions,
  ) {}

  /** Opens or creates the database (and its directory); creates schemas and tables idempotently. */
  static async open(file: string, options: BronzeStoreOptions = {}): Promise<Result<BronzeStore, BronzeError>> {
    let db: OpenedDatabase | null = null;
    try {
      db = await openDatabase(file, options.memoryLimit);
      const writer = await connectTo(db);
      await migrateRawLayout(writer);
      for (const ddl of TABLE_DDL) await writer.run(ddl);
      await migrateSourceIdentity(writer);
      await migrateCoverage(writer);
      for (const ddl of [...VIEW_DDL, ...STAGING_DDL]) await writer.run(ddl);
      return ok(new BronzeStore(file, db, writer, options));
    } catch (error) {
      db?.instance.closeSync();
      return err(openError(file, error));
    }
  }

  private write<T>(job: (conn: DuckDBConnection) => Promise<T>): Promise<T> {
    return this.writes.run(() => {
      this.assertOpen();
      return job(this.writer);
    });
  }

  private assertOpen(): void {
    if (this.closed) throw new Error(`BronzeStore(${this.file}) is closed`);
  }

  /** Read-only use: each call gets its own connection, seeing the last committed state. */
  async readRows(sql: string, params: SqlParams = []): Promise<Record<string, JS>[]> {
    this.assertOpen();
    const conn = await connectTo(this.db);
    try {
      const reader = await conn.runAndReadAll(sql, [...params]);
      return reader.getRowObjectsJS();
    } finally {
      conn.closeSync();
    }
  }

  /** Registers the data server; WebId -> tag_key, stable across runs. */
  registerTags(source: DataSource, tags: readonly TagRegistration[]): Promise<Map<string, number>> {
    return this.write((conn) => registerTags(conn, source, tags));
  }

  /**
   * One transaction: deletes these tags' rows inside their windows, appends the batch, merges the
   * windows' coverage into the checkpoints. Idempotent per window; a throw leaves nothing of the
   * batch. Throws (a bug) on a malformed batch: see ValueColumns and TagWindow for the contract.
   */
  landValues(columns: ValueColumns, windows: readonly TagWindow[], runId: string): Promise<{ rowsWritten: number }> {
    return this.write((conn) => landValues(conn, columns, windows, runId, this.options.onChunkAppended));
  }

  /** Covered intervals of these tags (all tags without an argument). */
  coverage(tagKeys: readonly number[] | null = null): Promise<Map<number, Interval[]>> {
    return readCoverage(this, tagKeys);
  }

  landAfElements(source: AssetSource, rows: readonly AfElementRow[]): Promise<number> {
    return this.write((conn) => landAfElements(conn, source, rows));
  }

  landEventFrames(source: AssetSource, window: Interval, rows: readonly EventFrameRow[]): Promise<number> {
    return this.write((conn) => landEventFrames(conn, source, window, rows));
  }

  saveRun(run: RunRecord): Promise<void> {
    return this.write((conn) => saveRun(conn, run));
  }

  listRuns(limit?: number): Promise<RunRecord[]> {
    return listRuns(this, limit);
  }

  getRun(runId: string): Promise<RunRecord | null> {
    return getRun(this, runId);
  }

  /** Runs after the landings queued before it, so the files hold everything landed so far. */
  exportParquet(dir: string): Promise<Result<ParquetExport, BronzeError>> {
    return this.write((conn) => exportParquet(conn, dir));
  }

  /**
   * Empties every table (values, tags, sources, AF, event frames, checkpoints, run history) in one
   * transaction, after the writes queued before it; a write queued after it lands into the empty store.
   */
  clear(): Promise<ClearedTables> {
    return this.write((conn) => clearTables(conn));
  }

  counts(): Promise<BronzeCounts> {
    return queryOne(
      this,
      countsRow,
      `SELECT (SELECT count(*) FROM bronze.pi_timeseries_raw)::DOUBLE AS timeseries,
              (SELECT count(*) FROM bronze.pi_tags)::DOUBLE AS tags,
              (SELECT count(*) FROM bronze.pi_af_hierarchy)::DOUBLE AS af,
              (SELECT count(*) FROM bronze.pi_event_frames)::DOUBLE AS ef`,
    ).then((r) => ({ timeseries: r.timeseries, tags: r.tags, afElements: r.af, eventFrames: r.ef }));
  }

  /** Waits for queued writes, then releases the database. Calls after close throw. */
  async close(): Promise<void> {
    if (this.closed) return;
    await this.writes.idle();
    this.closed = true;
    this.writer.closeSync();
    this.db.instance.closeSync();
  }
}
