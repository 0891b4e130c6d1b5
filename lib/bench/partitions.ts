/**
 * `npm run bench -- --only partitions`: partitions 1/2/5/10 as real processes (one local share
 * child each, the dashboard's default), 10,000 tags x 1 h, sequential and batch, on loopback and
 * with 30 ms added to every request (WAN latency; no bandwidth cap, so the figure isolates
 * latency as the seed's Scenario 1 does). Each case reads into a fresh lake. Two clocks:
 * `values ms` is the dashboard's mode clock (first value request of any share to the last share's
 * end of values), `wall ms` adds forking the children and every share listing the points.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { z } from 'zod';
import { runLocalShares, type ShareJobData } from '../workers';
import { spawnMock } from './spawn-mock';
import { formatNumber, median } from './stats';

const TAGS = 10_000;
const COUNTS = [1, 2, 5, 10] as const;
const PROFILES = [
  { name: 'loopback', latencyMs: 0 },
  { name: 'WAN +30 ms', latencyMs: 30 },
] as const;
const MODES = ['sequential', 'batch'] as const;
const WINDOW = { startMs: Date.parse('2024-01-01T00:00:00Z'), endMs: Date.parse('2024-01-01T01:00:00Z') };

/** The one figure of a share's summary line this part reads: its values phase, as its connector timed it. */
const valuesPhase = z.looseObject({ values: z.looseObject({ elapsedMs: z.number() }) });

export interface PartitionBenchRow {
  profile: string;
  mode: (typeof MODES)[number];
  partitions: number;
  values: number;
  valuesMsMedian: number;
  wallMsMedian: number;
  /** Median 1-partition values time over this one's (same profile and mode). */
  speedupVsOne: number;
}

async function once(url: string, mode: (typeof MODES)[number], shares: number): Promise<{ valuesMs: number; wallMs: number; values: number }> {
  const lakeDir = await mkdtemp(path.join(tmpdir(), 'bench-partitions-'));
  const startedAt: (number | undefined)[] = [];
  const t0 = performance.now();
  try {
    const job: Omit<ShareJobData, 'share'> = {
      runId: `bench-${mode}-${shares}`,
      url,
      auth: 'none',
      mode,
      ...WINDOW,
      fill: 'window',
      nameFilter: null,
      lakeDir,
      af: false,
      eventFrames: false,
      options: { batchSize: 100, concurrency: mode === 'sequential' ? 1 : 4, maxCount: 10_000, leanFields: true },
    };
    const outcomes = await runLocalShares({ job, shares, attempts: 1, onProgress: (share) => (startedAt[share - 1] ??= performance.now()) });
    const wallMs = performance.now() - t0;
    if (!outcomes.ok) throw new Error(outcomes.error);
    const failed = outcomes.value.find((o) => o.state === 'failed');
    if (failed) throw new Error(`${failed.name}: ${failed.failedReason ?? 'failed'}`);
    let first = Number.POSITIVE_INFINITY;
    let end = 0;
    let values = 0;
    outcomes.value.forEach((o, i) => {
      const start = startedAt[i] ?? t0;
      const summary = valuesPhase.parse(o.result?.summary);
      first = Math.min(first, start);
      end = Math.max(end, start + summary.values.elapsedMs);
      values += o.result?.points ?? 0;
    });
    return { valuesMs: end - first, wallMs, values };
  } finally {
    await rm(lakeDir, { recursive: true, force: true });
  }
}

export async function benchPartitions(reps: number): Promise<PartitionBenchRow[]> {
  const rows: PartitionBenchRow[] = [];
  for (const profile of PROFILES) {
    const mock = await spawnMock(TAGS, [`--latency-ms=${profile.latencyMs}`]);
    try {
      for (const mode of MODES) {
        let oneMs = Number.NaN;
        for (const partitions of COUNTS) {
          const runs = [];
          for (let r = 0; r < reps; r++) runs.push(await once(mock.url, mode, partitions));
          const valuesMsMedian = median(runs.map((x) => x.valuesMs));
          if (partitions === 1) oneMs = valuesMsMedian;
          const row = { profile: profile.name, mode, partitions, values: runs[0]?.values ?? 0, valuesMsMedian, wallMsMedian: median(runs.map((x) => x.wallMs)), speedupVsOne: oneMs / valuesMsMedian };
          rows.push(row);
          console.error(`[bench partitions] ${profile.name} ${mode} x${partitions}: ${formatNumber(valuesMsMedian, 0)} ms (${formatNumber(row.speedupVsOne, 2)}x vs 1)`);
        }
      }
    } finally {
      await mock.stop();
    }
  }
  return rows;
}

export async function reportPartitions(reps: number): Promise<PartitionBenchRow[]> {
  console.log(`\n== Partitions as real processes, ${formatNumber(TAGS, 0)} tags x 1 h (median of ${reps}) ==`);
  const rows = await benchPartitions(reps);
  console.table(
    rows.map((r) => ({
      profile: r.profile,
      mode: r.mode,
      partitions: r.partitions,
      values: formatNumber(r.values, 0),
      'values ms (median)': formatNumber(r.valuesMsMedian, 0),
      'wall ms (median)': formatNumber(r.wallMsMedian, 0),
      'x vs 1 partition': formatNumber(r.speedupVsOne, 2),
    })),
  );
  return rows;
}
