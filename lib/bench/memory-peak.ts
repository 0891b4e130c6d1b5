/**
 * Bounded memory at scale (issue 13 item 4): `npm run extract` by batch, as a process of its own
 * against the mock in another, at 30,240 tags x 24 h and 500,472 tags x 1 h, into a DuckDB file
 * and into the lake. Reports elapsed time, values/s and the extracting process's peak RSS (its
 * kernel high-water mark), medians of the repetitions.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { z } from 'zod';
import { spawnMock } from './spawn-mock';
import { median, MIB } from './stats';

const START_ISO = '2024-01-01T00:00:00Z';
const HOUR_MS = 3_600_000;

export interface MemoryCase {
  tags: number;
  hours: number;
  destination: 'duckdb' | 'lake';
}

export const MEMORY_CASES: readonly MemoryCase[] = [
  { tags: 30_240, hours: 1, destination: 'duckdb' },
  { tags: 30_240, hours: 24, destination: 'duckdb' },
  { tags: 500_472, hours: 1, destination: 'duckdb' },
  { tags: 30_240, hours: 24, destination: 'lake' },
  { tags: 500_472, hours: 1, destination: 'lake' },
];

export interface MemoryRow extends MemoryCase {
  values: number;
  elapsedMsMedian: number;
  valuesPerSecondMedian: number;
  peakRssMiBMedian: number;
  peakRssMiBMax: number;
}

const summaryLine = z.object({ points: z.number(), tags: z.number(), failedTags: z.array(z.unknown()) });
const maxRssFile = z.object({ maxRssBytes: z.number() });

const CLI = path.join(__dirname, '..', 'connector', 'cli', 'extract.ts');
const MAX_RSS_HOOK = path.join(__dirname, 'child', 'report-max-rss.ts');

/** One `extract` process, as `npm run extract` runs it (tsx), timed from spawn to exit. */
function extractProcess(url: string, c: MemoryCase, dir: string): Promise<{ values: number; elapsedMs: number; peakRssBytes: number }> {
  const end = new Date(Date.parse(START_ISO) + c.hours * HOUR_MS).toISOString();
  const target = c.destination === 'duckdb' ? ['--db', path.join(dir, 'bronze.duckdb')] : ['--lake', path.join(dir, 'lake')];
  const rssFile = path.join(dir, 'max-rss.json');
  const args = ['--import', 'tsx', '--import', MAX_RSS_HOOK, CLI, '--url', url, '--mode', 'batch', '--start', START_ISO, '--end', end, '--no-progress', ...target];
  const t0 = performance.now();
  const child = spawn(process.execPath, args, { env: { ...process.env, BENCH_MAX_RSS_FILE: rssFile }, stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString('utf8')));
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')));
  return new Promise((resolve, reject) => {
    child.once('error', reject);
    child.once('exit', (code) => {
      const elapsedMs = performance.now() - t0;
      if (code !== 0) return reject(new Error(`extract exited with ${code}: ${stderr.slice(-500)}`));
      const summary = summaryLine.parse(JSON.parse(stdout.trim().split('\n').at(-1) ?? '{}'));
      if (summary.failedTags.length > 0) return reject(new Error(`extract left ${summary.failedTags.length} tags failed`));
      const rss = maxRssFile.parse(JSON.parse(readFileSync(rssFile, 'utf8')));
      resolve({ values: summary.points, elapsedMs, peakRssBytes: rss.maxRssBytes });
    });
  });
}

export async function benchMemory(reps: number, cases: readonly MemoryCase[] = MEMORY_CASES): Promise<MemoryRow[]> {
  const rows: MemoryRow[] = [];
  for (const tags of [...new Set(cases.map((c) => c.tags))]) {
    const mock = await spawnMock(tags);
    try {
      for (const c of cases.filter((x) => x.tags === tags)) {
        const runs: { values: number; elapsedMs: number; peakRssBytes: number }[] = [];
        for (let i = 0; i < reps; i++) {
          const dir = mkdtempSync(path.join(os.tmpdir(), 'pi-bench-mem-'));
          try {
            runs.push(await extractProcess(mock.url, c, dir));
          } finally {
            rmSync(dir, { recursive: true, force: true });
          }
        }
        const values = runs[0]!.values;
        if (runs.some((r) => r.values !== values)) throw new Error(`repetitions of ${JSON.stringify(c)} landed different value counts`);
        rows.push({
          ...c,
          values,
          elapsedMsMedian: median(runs.map((r) => r.elapsedMs)),
          valuesPerSecondMedian: median(runs.map((r) => r.values / (r.elapsedMs / 1000))),
          peakRssMiBMedian: median(runs.map((r) => r.peakRssBytes / MIB)),
          peakRssMiBMax: Math.max(...runs.map((r) => r.peakRssBytes / MIB)),
        });
      }
    } finally {
      await mock.stop();
    }
  }
  return rows;
}
