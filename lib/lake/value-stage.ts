/**
 * Stages time-series values: appends each batch to an in-memory DuckDB table through the
 * data-chunk appender (a memcpy per column per 2,048 rows, DESIGN §9), and writes the table out
 * as Parquet part files in the attempt's staging folder, one per UTC date, whenever it passes
 * `flushRows` rows, so memory stays bounded however much a share lands.
 * Tag WebId, name and units are never appended per row: rows carry the tag key, and the COPY
 * joins the small tag table in, as it joins each batch's run id and ingestion time.
 */
import { mkdir } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { quotedString, type DuckDBConnection } from '@duckdb/node-api';
import type { DataSource, ValueColumns } from '../landing';
import { FLAG_ANNOTATED, FLAG_GOOD, FLAG_QUESTIONABLE, FLAG_SUBSTITUTED } from '../landing';
import { err, ok, type Result } from '../result';
import { CHUNK_ROWS, ChunkFiller, integerValue } from '../bronze';
import { ioError, type LakeError } from './errors';
import { copyToParquet } from './copy-to-parquet';
import { finalRelativePath, stagedRelativePath } from './layout';
import type { CommittedFile as StagedFile } from './commit-record';

export interface TagInfo {
  key: number;
  webId: string;
  name: string;
  units: string;
}

// Same layout as bronze.pi_timeseries_raw, so ChunkFiller fills it the same way.
const VALUES_DDL = `CREATE OR REPLACE TABLE stage_values (
  tag_key INTEGER NOT NULL, ts TIMESTAMP NOT NULL, seq UTINYINT NOT NULL, value DOUBLE,
  value_state VARCHAR, quality_flags UTINYINT NOT NULL, landing_id INTEGER NOT NULL)`;
const TAGS_DB = 'stage_tags_db';
const TAGS = `${TAGS_DB}.stage_tags`;
// Yield to the event loop every ~65k rows, as bronze does, so a host server stays responsive.
const CHUNKS_PER_YIELD = 32;

export class ValueStage {
  private pendingRows = 0;
  private landings = 0;

  private constructor(
    private readonly conn: DuckDBConnection,
    private readonly dir: string,
    private readonly attemptId: string,
    private readonly nextFileName: () => string,
  ) {}

  static async create(conn: DuckDBConnection, dir: string, attemptId: string, nextFileName: () => string): Promise<ValueStage> {
    await conn.run(VALUES_DDL);
    await conn.run('CREATE TABLE stage_landings (landing_id INTEGER PRIMARY KEY, run_id VARCHAR NOT NULL, ingested_at TIMESTAMP NOT NULL)');
    // The tag table lives as long as the attempt and grows with the tag count: 500,472 tags held
    // 50 MiB uncompressed, 9 MiB in an in-memory database with compression (applied at checkpoint).
    await conn.run(`ATTACH ':memory:' AS ${TAGS_DB} (COMPRESS)`);
    await conn.run(`CREATE TABLE ${TAGS} (tag_key INTEGER PRIMARY KEY, webid VARCHAR NOT NULL, name VARCHAR NOT NULL, units VARCHAR NOT NULL)`);
    return new ValueStage(conn, dir, attemptId, nextFileName);
  }

  get rowsInMemory(): number {
    return this.pendingRows;
  }

  /**
   * Adds these tags to the tag table, or updates them: a tag registered again keeps its key and
   * takes its latest name and units. Only the given tags are written, so registering a run's
   * points slice by slice costs each slice once, not the whole table again.
   */
  async upsertTags(tags: Iterable<TagInfo>): Promise<void> {
    await this.conn.run(`CREATE OR REPLACE TEMP TABLE stage_tags_in AS SELECT * FROM ${TAGS} LIMIT 0`);
    const appender = await this.conn.createAppender('stage_tags_in', 'main', 'temp');
    try {
      for (const t of tags) {
        appender.appendInteger(t.key);
        appender.appendVarchar(t.webId);
        appender.appendVarchar(t.name);
        appender.appendVarchar(t.units);
        appender.endRow();
      }
      appender.flushSync();
    } finally {
      appender.closeSync();
    }
    await this.conn.run(`INSERT OR REPLACE INTO ${TAGS} SELECT * FROM temp.stage_tags_in`);
    await this.conn.run('DROP TABLE temp.stage_tags_in');
    // Compresses what this call added now, a slice at a time, not a table's worth at the end.
    await this.conn.run(`CHECKPOINT ${TAGS_DB}`);
  }

  async append(columns: ValueColumns, runId: string, ingestedAtMs: number): Promise<void> {
    if (columns.length === 0) return;
    const landingId = ++this.landings;
    await this.conn.run('INSERT INTO stage_landings VALUES ($1, $2, make_timestamp(CAST($3 AS BIGINT) * 1000))', [landingId, runId, ingestedAtMs]);
    const appender = await this.conn.createAppender('stage_values');
    try {
      const filler = new ChunkFiller(appender);
      const landing = integerValue(landingId);
      const { tagKey, tsMs, seq, value, state, flags } = columns;
      let chunks = 0;
      for (let offset = 0; offset < columns.length; offset += CHUNK_ROWS) {
        filler.begin(Math.min(CHUNK_ROWS, columns.length - offset));
        filler.copy(0, tagKey, offset);
        filler.copyTimestampsMs(1, tsMs, offset);
        filler.copy(2, seq, offset);
        filler.copy(3, value, offset);
        filler.setNulls(3, (i) => Number.isNaN(value[offset + i]));
        filler.setSparseStrings(4, state, offset);
        filler.copy(5, flags, offset);
        filler.setConstant(6, landing);
        appender.appendDataChunk(filler.chunk);
        if (++chunks % CHUNKS_PER_YIELD === 0) await new Promise<void>((resolve) => setImmediate(resolve));
      }
      appender.flushSync();
    } finally {
      appender.closeSync();
    }
    this.pendingRows += columns.length;
  }

  /** Writes every row in memory to new part files (one per UTC date) and empties the table. */
  async flush(source: DataSource): Promise<Result<StagedFile[], LakeError>> {
    if (this.pendingRows === 0) return ok([]);
    const dates = await this.conn.runAndReadAll("SELECT DISTINCT strftime(ts, '%Y-%m-%d') FROM stage_values ORDER BY 1");
    const files: StagedFile[] = [];
    for (const [date] of dates.getRows()) {
      const path = finalRelativePath('pi_timeseries', this.nextFileName(), String(date));
      const stagedPath = stagedRelativePath(this.attemptId, path);
      const target = join(this.dir, stagedPath);
      try {
        await mkdir(dirname(target), { recursive: true });
      } catch (error) {
        return err(ioError(dirname(target), error));
      }
      const copied = await copyToParquet(this.conn, selectDate(source, String(date)), target);
      if (!copied.ok) return copied;
      files.push({ table: 'pi_timeseries', path, stagedPath, rows: copied.value.rows, bytes: copied.value.bytes });
    }
    // CREATE OR REPLACE frees the rows; DELETE would keep their blocks allocated.
    await this.conn.run(VALUES_DDL);
    this.pendingRows = 0;
    return ok(files);
  }
}

/** DESIGN §5's pi_timeseries columns, in order; the Hive `date` comes from the folder, not the file. */
function selectDate(source: DataSource, date: string): string {
  const flag = (bit: number, name: string) => `(v.quality_flags & ${bit}) <> 0 AS ${name}`;
  return `SELECT ${quotedString(source.dataServerId)} AS data_server_id, ${quotedString(source.dataServerName)} AS data_server_name,
      t.webid AS tag_webid, t.name AS tag_name, v.ts, v.seq, v.value, v.value_state,
      ${flag(FLAG_GOOD, 'quality_good')}, ${flag(FLAG_QUESTIONABLE, 'quality_questionable')},
      ${flag(FLAG_SUBSTITUTED, 'quality_substituted')}, ${flag(FLAG_ANNOTATED, 'quality_annotated')},
      t.units, l.ingested_at, l.run_id
    FROM stage_values v
    -- Only the tags these rows name: joined whole, the tag table (500,472 tags) would be the hash
    -- table every flush builds, ~100 MiB of native memory a time.
    JOIN (SELECT * FROM ${TAGS} WHERE tag_key IN (SELECT DISTINCT tag_key FROM stage_values)) t USING (tag_key)
    JOIN stage_landings l USING (landing_id)
    WHERE CAST(v.ts AS DATE) = DATE ${quotedString(date)}`;
}
