/**
 * The embedded lakehouse (DESIGN §5): one DuckDB database, a single writer connection whose
 * jobs run one at a time, and a fresh connection per read so dashboard queries never wait for
 * (or see half of) a landing in flight.
 */
import type { DuckDBConnection, JS } from '@duckdb/node-api';
import { z } from 'zod';
import { err, ok, type Result } from '../result';
import { openError, type BronzeError } from './errors';
import { exportParquet } from './export-parquet';
import { landAfElements } from './land-af-elements';
import { landEventFrames } from './land-event-frames';
import { landValues, type ChunkHook } from './land-values';
import { registerTags } from './register-tags';
import { getRun, listRuns, saveRun } from './runs-table';
import { connectTo, openDatabase, type OpenedDatabase } from './open-database';
import { migrateRawLayout } from './migrate-raw-layout';
import { SCHEMA_DDL, STAGING_DDL } from './schema';
import { queryOne, type SqlParams, type SqlReader } from './sql-reader';
import type { AfElementRow, BronzeCounts, EventFrameRow, RunRecord, TagRegistration, TagWindow, ValueColumns, Watermark } from './types';
import { readWatermarks } from './watermarks';
import { SerialQueue } from './serial-queue';

export interface BronzeStoreOptions {
  /** Test seam: called after each appended chunk of landValues; throw from it to simulate a crash. */
  onChunkAppended?: ChunkHook;
}

const countsRow = z.object({ timeseries: z.number(), tags: z.number(), af: z.number(), ef: z.number() });

export class BronzeStore implements SqlReader {
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
      db = await openDatabase(file);
      const writer = await connectTo(db);
      await migrateRawLayout(writer);
      for (const ddl of [...SCHEMA_DDL, ...STAGING_DDL]) await writer.run(ddl);
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

  /** WebId -> tag_key, stable across runs. */
  registerTags(tags: readonly TagRegistration[]): Promise<Map<string, number>> {
    return this.write((conn) => registerTags(conn, tags));
  }

  /**
   * One transaction: deletes these tags' rows inside their windows, appends the batch, widens
   * their watermarks. Idempotent per window; a throw leaves nothing of the batch. Throws (a bug)
   * on a malformed batch: see ValueColumns and TagWindow for the contract.
   */
  landValues(columns: ValueColumns, windows: readonly TagWindow[], runId: string): Promise<{ rowsWritten: number }> {
    return this.write((conn) => landValues(conn, columns, windows, runId, this.options.onChunkAppended));
  }

  watermarks(): Promise<Map<number, Watermark>> {
    return readWatermarks(this);
  }

  landAfElements(rows: readonly AfElementRow[]): Promise<number> {
    return this.write((conn) => landAfElements(conn, rows));
  }

  landEventFrames(rows: readonly EventFrameRow[]): Promise<number> {
    return this.write((conn) => landEventFrames(conn, rows));
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
  exportParquet(dir: string): Promise<Result<{ files: number; rows: number }, BronzeError>> {
    return this.write((conn) => exportParquet(conn, dir));
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
