/**
 * Opens the DuckDB file by ATTACHing it under the fixed catalog name `lake` to a host in-memory
 * instance. Opened directly, the catalog would take the file's name, and a file called
 * `bronze.duckdb` would make every `bronze.x` reference ambiguous (catalog or schema?).
 * The host comes from DuckDB's instance cache under a name derived from the file's path, so two
 * opens of one file in one process share one database instead of corrupting it (DuckDB's file
 * lock only guards against other processes); the file is released when the last one closes.
 */
import { createHash } from 'node:crypto';
import { mkdir } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import { DuckDBInstance, quotedString, type DuckDBConnection } from '@duckdb/node-api';

export interface OpenedDatabase {
  instance: DuckDBInstance;
  /** Every connection must `USE` it before touching bronze tables. */
  catalog: string;
}

/**
 * DuckDB's own default is 80 % of the machine's memory, and its buffer manager keeps what it
 * wrote cached up to that: 30,240 tags x 24 h into a file held ~410 MB in DuckDB and peaked the
 * process at 944 MB. Capped, a file-backed store writes its blocks out instead. Measured on that
 * run (peak RSS) and on the all-tags interval histogram over 6.5 M rows (the slowest dashboard
 * query): 128 MB 640 MB / 2.6-3.2 s, 256 MB 749 MB / 1.6-2.5 s, unlimited 944 MB / 1.1-1.9 s. The
 * dashboard's store takes the middle; the CLI, which serves no query, passes 128 MB.
 * In-memory stores (tests) cannot evict and get more room.
 */
export const DEFAULT_FILE_MEMORY_LIMIT = '256MB';
const IN_MEMORY_LIMIT = '1GB';

export async function openDatabase(file: string, memoryLimit = DEFAULT_FILE_MEMORY_LIMIT): Promise<OpenedDatabase> {
  if (file === ':memory:') return { instance: await DuckDBInstance.create(':memory:', { memory_limit: IN_MEMORY_LIMIT }), catalog: 'memory' };
  const path = resolve(file);
  await mkdir(dirname(path), { recursive: true });
  const hostName = `:memory:bronze_${createHash('sha256').update(path).digest('hex').slice(0, 24)}`;
  const instance = await DuckDBInstance.fromCache(hostName, { memory_limit: memoryLimit });
  try {
    const conn = await instance.connect();
    try {
      // Paths cannot be bound as parameters in ATTACH; this one is our configuration, quoted.
      await conn.run(`ATTACH IF NOT EXISTS ${quotedString(path)} AS lake`);
    } finally {
      conn.closeSync();
    }
  } catch (error) {
    instance.closeSync();
    throw error;
  }
  return { instance, catalog: 'lake' };
}

export async function connectTo(db: OpenedDatabase): Promise<DuckDBConnection> {
  const conn = await db.instance.connect();
  try {
    await conn.run(`USE ${db.catalog}`);
  } catch (error) {
    conn.closeSync();
    throw error;
  }
  return conn;
}
