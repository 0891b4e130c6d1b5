/**
 * `npm run bench`: the benchmark suite. Prints a table per part and writes JSON under
 * bench-results/. Figures are medians of `--reps` runs (default 5): the machines are shared.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { benchMockStartup } from './mock-startup';
import { benchMockThroughput } from './mock-throughput';
import { benchConnector } from './connector-bronze';
import { benchMemory } from './memory-peak';
import { reportPartitions } from './partitions';
import { reportLiveLag } from './live-lag';
import { reportNegotiate } from './negotiate';
import { formatNumber } from './stats';
import { reportWireBytes } from './wire-bytes';

async function main(): Promise<void> {
  const { values } = parseArgs({
    args: process.argv.slice(2),
    options: {
      reps: { type: 'string', default: '5' },
      'sequential-reps': { type: 'string', default: '1' },
      // One sequential case (10,000 tags, 1 partition, +30 ms a request) alone is 5 minutes: one repetition by default.
      'partition-reps': { type: 'string', default: '1' },
      // Each memory case is a minute or more (500,472 tags x 1 h, 30,240 x 24 h): fewer repetitions by default.
      'memory-reps': { type: 'string', default: '3' },
      'live-reps': { type: 'string', default: '3' },
      only: { type: 'string' },
    },
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
        'process ready ms (node)': formatNumber(r.processReadyMsMedian, 0),
        'RSS MiB idle': formatNumber(r.idleRssMiBMedian),
        'RSS MiB with AF + EF built': formatNumber(r.fullWorldRssMiBMedian),
      })),
    );
    const small = startup[0]!;
    const big = startup[startup.length - 1]!;
    console.log(
      `RSS growth ${formatNumber(small.tagCount, 0)} -> ${formatNumber(big.tagCount, 0)} tags: ${formatNumber(big.idleRssMiBMedian - small.idleRssMiBMedian)} MiB idle, ` +
        `${formatNumber(big.fullWorldRssMiBMedian - small.fullWorldRssMiBMedian)} MiB with AF + event frames built (frames scale with the tier)`,
    );
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

  if (!only || only === 'connector') {
    const sequentialReps = Number(values['sequential-reps']);
    console.log(`\n== Connector into bronze, 30,240 tags x 1 h (median of ${reps}; sequential ${sequentialReps}) ==`);
    const rows = await benchConnector(reps, sequentialReps);
    console.table(
      rows.map((r) => ({
        what: r.label,
        values: formatNumber(r.values, 0),
        requests: r.requests,
        'ms (median)': formatNumber(r.elapsedMsMedian, 0),
        'values/s': formatNumber(r.values / (r.elapsedMsMedian / 1000), 0),
        'peak RSS MiB': Number.isNaN(r.peakRssMiB) ? '' : formatNumber(r.peakRssMiB),
        '/ floor (paired)': r.overFloorMedian === null ? '' : formatNumber(r.overFloorMedian, 2),
        '/ DuckDB (paired)': r.overDuckdbMedian === null ? '' : formatNumber(r.overDuckdbMedian, 2),
        'scanner declined': r.mode === 'parse floor' ? '' : r.scanDeclined,
      })),
    );
    const floorLean = rows.find((r) => r.mode === 'parse floor' && r.leanFields)!;
    const batchLean = rows.find((r) => r.mode === 'batch' && r.leanFields)!;
    const batchFull = rows.find((r) => r.mode === 'batch' && !r.leanFields)!;
    const lake = rows.find((r) => r.destination === 'lake')!;
    const sequential = rows.find((r) => r.mode === 'sequential')!;
    const ratios = {
      // Medians of per-pair ratios (each batch run against the floor measured just before it).
      batchOverParseFloorSelectedFields: batchLean.overFloorMedian ?? Number.NaN,
      batchOverParseFloorFullValues: batchFull.overFloorMedian ?? Number.NaN,
      sequentialOverBatch: sequential.elapsedMsMedian / batchLean.elapsedMsMedian,
      // Median of per-pair ratios: batch into the lake (committed) over batch into a DuckDB file.
      lakeOverDuckdb: lake.overDuckdbMedian ?? Number.NaN,
      sequentialMsPerRequest: sequential.elapsedMsMedian / sequential.requests,
      // What a request costs beyond parsing its share of the values.
      sequentialOverheadMsPerRequest: (sequential.elapsedMsMedian - floorLean.elapsedMsMedian) / sequential.requests,
    };
    console.log(Object.entries(ratios).map(([k, v]) => `${k}: ${formatNumber(v, 2)}`).join('\n'));
    results.connector = { rows, ratios };
  }

  if (!only || only === 'wire') results.wire = await reportWireBytes(reps);

  if (!only || only === 'negotiate') results.negotiate = await reportNegotiate(reps);

  if (!only || only === 'live') {
    // Each repetition tails for 30 s per tier: fewer repetitions by default.
    const liveReps = Number(values['live-reps']);
    if (!Number.isInteger(liveReps) || liveReps < 1) throw new Error(`--live-reps: expected a positive integer, got '${values['live-reps']}'`);
    results.live = await reportLiveLag(liveReps);
  }

  if (!only || only === 'memory') {
    const memoryReps = Number(values['memory-reps']);
    if (!Number.isInteger(memoryReps) || memoryReps < 1) throw new Error(`--memory-reps: expected a positive integer, got '${values['memory-reps']}'`);
    console.log(`\n== Bounded memory: npm run extract by batch in its own process (median of ${memoryReps}) ==`);
    const rows = await benchMemory(memoryReps);
    console.table(
      rows.map((r) => ({
        tags: formatNumber(r.tags, 0),
        hours: r.hours,
        into: r.destination,
        values: formatNumber(r.values, 0),
        'ms (median)': formatNumber(r.elapsedMsMedian, 0),
        'values/s': formatNumber(r.valuesPerSecondMedian, 0),
        'peak RSS MiB (median)': formatNumber(r.peakRssMiBMedian),
        'peak RSS MiB (max)': formatNumber(r.peakRssMiBMax),
      })),
    );
    results.memory = rows;
  }

  if (!only || only === 'partitions') {
    const partitionReps = Number(values['partition-reps']);
    if (!Number.isInteger(partitionReps) || partitionReps < 1) throw new Error(`--partition-reps: expected a positive integer, got '${values['partition-reps']}'`);
    results.partitions = await reportPartitions(partitionReps);
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
