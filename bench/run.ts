/**
 * `npm run bench`: the benchmark suite. Prints a table per part and writes JSON under
 * bench-results/. Figures are medians of `--reps` runs (default 5): the machines are shared.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { benchMockStartup } from './mock-startup';
import { benchMockThroughput } from './mock-throughput';
import { formatNumber } from './stats';

async function main(): Promise<void> {
  const { values } = parseArgs({
    args: process.argv.slice(2),
    options: { reps: { type: 'string', default: '5' }, only: { type: 'string' } },
  });
  const reps = Number(values.reps);
  if (!Number.isInteger(reps) || reps < 1) throw new Error(`--reps: expected a positive integer, got '${values.reps}'`);
  const only = values.only;
  const results: Record<string, unknown> = { startedAt: new Date().toISOString(), reps, node: process.version };

  if (!only || only === 'mock') {
    console.log(`\n== Mock start-up and memory per tier (fresh process each, median of ${reps}) ==`);
    const startup = await benchMockStartup(reps);
    console.table(
      startup.map((r) => ({
        tags: formatNumber(r.tagCount, 0),
        'ready ms (world + listen)': formatNumber(r.readyMsMedian, 2),
        'process ready ms (node+tsx)': formatNumber(r.processReadyMsMedian, 0),
        'RSS MiB idle': formatNumber(r.idleRssMiBMedian),
        'RSS MiB with AF + EF built': formatNumber(r.fullWorldRssMiBMedian),
      })),
    );
    const small = startup[0]!;
    const big = startup[startup.length - 1]!;
    console.log(`RSS growth ${formatNumber(small.tagCount, 0)} -> ${formatNumber(big.tagCount, 0)} tags: ${formatNumber(big.idleRssMiBMedian - small.idleRssMiBMedian)} MiB idle`);
    results.mockStartup = startup;

    console.log(`\n== Mock throughput, 30,240 tags x 1 h (median of ${reps}) ==`);
    const throughput = await benchMockThroughput(reps);
    console.table(
      throughput.rows.map((r) => ({
        method: r.method,
        requests: r.requests,
        values: formatNumber(r.values, 0),
        'wall ms': formatNumber(r.wallMsMedian, 0),
        'values/s': formatNumber(r.valuesPerSecondMedian, 0),
        MiB: formatNumber(r.megabytes),
      })),
    );
    console.log(`Mock RSS after serving: ${formatNumber(throughput.rssAfterMiB)} MiB`);
    results.mockThroughput = throughput;
  }

  const dir = path.join(process.cwd(), 'bench-results');
  mkdirSync(dir, { recursive: true });
  const file = path.join(dir, `bench-${new Date().toISOString().replace(/[:.]/g, '-')}.json`);
  writeFileSync(file, JSON.stringify(results, null, 2));
  writeFileSync(path.join(dir, 'latest.json'), JSON.stringify(results, null, 2));
  console.log(`\nWrote ${path.relative(process.cwd(), file)}`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
