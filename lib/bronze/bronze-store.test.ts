import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { BronzeStore } from './bronze-store';
import { describeBronzeError } from './errors';
import { columnsFromRows, gridRows } from './test-support/columns-from-rows';
import { TEST_SOURCE } from './test-support/test-source';
import { closedWindow } from '../landing';

let dir: string;
const open: BronzeStore[] = [];

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'bronze-store-'));
});
afterEach(async () => {
  for (const store of open.splice(0)) await store.close();
  await rm(dir, { recursive: true, force: true });
});

async function openOrThrow(file: string): Promise<BronzeStore> {
  const opened = await BronzeStore.open(file);
  if (!opened.ok) throw new Error(describeBronzeError(opened.error));
  open.push(opened.value);
  return opened.value;
}

async function landTen(store: BronzeStore): Promise<void> {
  const keys = await store.registerTags(TEST_SOURCE, [{ webId: 'W1', name: 'A', units: 'degC' }]);
  const key = keys.get('W1') ?? -1;
  await store.landValues(columnsFromRows(gridRows(key, 0, 1_000, 10)), [closedWindow(key, 0, 9_000)], 'run-1');
}

describe('BronzeStore.open', () => {
  // A file named like one of our schemas would make `bronze.x` ambiguous if opened directly.
  it('creates missing directories, accepts a file called bronze.duckdb, and keeps data across reopen', async () => {
    const file = join(dir, 'nested', 'data', 'bronze.duckdb');
    const store = await openOrThrow(file);
    await landTen(store);
    await store.close();
    const again = await openOrThrow(file);
    expect(await again.counts()).toEqual({ timeseries: 10, tags: 1, afElements: 0, eventFrames: 0 });
    expect((await again.coverage()).get(1)).toEqual([{ startMs: 0, endMs: 9_000 }]);
  });

  it("caps DuckDB's cache for a file store (its own default is 80 % of the machine), lower when asked", async () => {
    const store = await openOrThrow(join(dir, 'capped.duckdb'));
    expect(await store.readRows("SELECT current_setting('memory_limit') AS limit")).toEqual([{ limit: '244.1 MiB' }]);
    const opened = await BronzeStore.open(join(dir, 'cli.duckdb'), { memoryLimit: '128MB' });
    if (!opened.ok) throw new Error(describeBronzeError(opened.error));
    open.push(opened.value);
    expect(await opened.value.readRows("SELECT current_setting('memory_limit') AS limit")).toEqual([{ limit: '122.0 MiB' }]);
  });

  it('shares one database between two opens of the same file in one process', async () => {
    const file = join(dir, 'shared.duckdb');
    const a = await openOrThrow(file);
    const b = await openOrThrow(file);
    await landTen(a);
    expect((await b.counts()).timeseries).toBe(10);
    await a.close();
    expect((await b.counts()).timeseries).toBe(10);
  });

  it('answers open-failed for a file that is not a DuckDB database', async () => {
    const file = join(dir, 'garbage.duckdb');
    await writeFile(file, 'not a database '.repeat(400));
    const opened = await BronzeStore.open(file);
    expect(opened.ok).toBe(false);
    expect(!opened.ok && opened.error).toMatchObject({ kind: 'open-failed', file });
  });

  it('answers locked while another process holds the file', async () => {
    const file = join(dir, 'held.duckdb');
    const holder = await holdInChildProcess(file);
    try {
      const opened = await BronzeStore.open(file);
      expect(!opened.ok && opened.error).toMatchObject({ kind: 'locked', file });
    } finally {
      holder.kill();
    }
  });

  it('throws on use after close', async () => {
    const store = await openOrThrow(':memory:');
    await store.close();
    await expect(store.counts()).rejects.toThrow('is closed');
    await expect(store.saveRun({ runId: 'r', startedAtMs: 0, finishedAtMs: null, status: 's', settings: {}, figures: {} })).rejects.toThrow(
      'is closed',
    );
  });
});

/** A child node process that opens `file` with DuckDB and keeps it until killed. */
function holdInChildProcess(file: string): Promise<ChildProcess> {
  const script = `
    const { DuckDBInstance } = require('@duckdb/node-api');
    DuckDBInstance.create(process.argv[1]).then(() => { console.log('ready'); setInterval(() => {}, 1000); });`;
  const child = spawn(process.execPath, ['-e', script, file], { cwd: process.cwd(), stdio: ['ignore', 'pipe', 'inherit'] });
  return new Promise((resolve, reject) => {
    child.stdout?.on('data', (chunk: Buffer) => {
      if (chunk.toString().includes('ready')) resolve(child);
    });
    child.on('exit', (code) => reject(new Error(`holder exited early with ${code}`)));
  });
}
