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

export async function openDatabase(file: string): Promise<OpenedDatabase> {
  if (file === ':memory:') return { instance: await DuckDBInstance.create(':memory:'), catalog: 'memory' };
  const path = resolve(file);
  await mkdir(dirname(path), { recursive: true });
  const hostName = `:memory:bronze_${createHash('sha256').update(path).digest('hex').slice(0, 24)}`;
  const instance = await DuckDBInstance.fromCache(hostName);
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
