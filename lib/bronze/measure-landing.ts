/**
 * Measures landing speed: `npx tsx lib/bronze/measure-landing.ts [--db FILE] [--tags N] [--values N] [--chunk ROWS]`.
 * Synthetic 60 s grid values, ~0.1 % system states; prints one JSON line. Speed lives here, not in tests.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { BronzeStore } from './bronze-store';
import { describeBronzeError } from './errors';
import { allocateValueColumns, closedWindow } from '../landing';
import type { DataSource, TagWindow, ValueColumns } from '../landing';

const MEASURE_SOURCE: DataSource = { dataServerId: 'measure-landing', dataServerName: 'MEASURE' };

const { values: args } = parseArgs({
  options: {
    db: { type: 'string' },
    tags: { type: 'string', default: '30240' },
    values: { type: 'string', default: '60' },
    chunk: { type: 'string', default: '0' },
  },
});
const tagCount = Number(args.tags);
const perTag = Number(args.values);
const chunkRows = Number(args.chunk);
const startMs = Date.UTC(2024, 0, 1);

function columnsFor(keys: readonly number[]): { columns: ValueColumns; windows: TagWindow[] } {
  const n = keys.length * perTag;
  const columns = allocateValueColumns(n);
  let i = 0;
  for (const key of keys) {
    for (let v = 0; v < perTag; v++, i++) {
      columns.tagKey[i] = key;
      columns.tsMs[i] = startMs + v * 60_000;
      columns.value[i] = Math.sin(i) * 100;
      columns.flags[i] = 1;
      if (i % 1000 === 7) {
        columns.value[i] = NaN;
        columns.state[i] = 'I/O Timeout';
      }
    }
  }
  const windows = keys.map((tagKey) => closedWindow(tagKey, startMs, startMs + (perTag - 1) * 60_000));
  return { columns, windows };
}

async function main(): Promise<void> {
  const dir = args.db ? null : await mkdtemp(join(tmpdir(), 'bronze-measure-'));
  const file = args.db ?? join(dir ?? '.', 'bronze.duckdb');
  const opened = await BronzeStore.open(file);
  if (!opened.ok) {
    if (dir) await rm(dir, { recursive: true, force: true });
    throw new Error(describeBronzeError(opened.error));
  }
  const store = opened.value;
  try {
    const tags = Array.from({ length: tagCount }, (_, i) => ({ webId: `W${i}`, name: `Tag_${i}`, units: 'degC' }));
    let t0 = performance.now();
    const keys = [...(await store.registerTags(MEASURE_SOURCE, tags)).values()];
    const registerMs = performance.now() - t0;
    const tagsPerChunk = chunkRows > 0 ? Math.max(1, Math.floor(chunkRows / perTag)) : keys.length;
    const batches: { columns: ValueColumns; windows: TagWindow[] }[] = [];
    for (let i = 0; i < keys.length; i += tagsPerChunk) batches.push(columnsFor(keys.slice(i, i + tagsPerChunk)));
    const time = async (): Promise<number> => {
      const t = performance.now();
      for (const b of batches) await store.landValues(b.columns, b.windows, 'measure-run');
      return performance.now() - t;
    };
    const firstMs = await time();
    const againMs = await time();
    t0 = performance.now();
    const exported = dir ? await store.exportParquet(join(dir, 'parquet')) : null;
    const exportMs = performance.now() - t0;
    const rows = tagCount * perTag;
    const counts = await store.counts();
    console.log(
      JSON.stringify({
        file: args.db ?? 'temp file',
        rows,
        batches: batches.length,
        registerMs: Math.round(registerMs),
        firstLandMs: Math.round(firstMs),
        firstRowsPerSecond: Math.round(rows / (firstMs / 1000)),
        relandMs: Math.round(againMs),
        relandRowsPerSecond: Math.round(rows / (againMs / 1000)),
        exportMs: exported ? Math.round(exportMs) : null,
        landedRows: counts.timeseries,
      }),
    );
  } finally {
    await store.close();
    if (dir) await rm(dir, { recursive: true, force: true });
  }
}

void main();
