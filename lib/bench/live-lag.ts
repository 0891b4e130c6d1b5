/**
 * `npm run bench -- --only live`: lag from a value's timestamp to its landed row through the live
 * tail, with 1,040 and 30,240 tags subscribed at a 1 s interval. The mock runs in its own process
 * (`npm run mock -- --interval-seconds 1`, channel poll 1 s as PI's default) so it renders on the
 * other core; the connector's runLive lands into an in-memory DuckDB store here, for a fixed span
 * per repetition. Lag counts every value received through a channel (start-up back-fills apart),
 * so it includes the server's release delay: a value becomes visible on the poll after its
 * timestamp, up to one poll interval later. Medians over repetitions: the machine is shared.
 */
import os from 'node:os';
import { BronzeStore } from '../bronze';
import { PiClient, DEFAULT_LIVE_OPTIONS, runLive, DEFAULT_RECORDED_OPTIONS } from '../connector';
import { spawnCliMock } from '../connector/test-support/spawn-cli-mock';
import { formatNumber, median } from './stats';

const TIERS = [1040, 30_240] as const;
const TAIL_MS = 30_000;
const POLL_MS = 1000;

export interface LiveLagRow {
  tags: number;
  sockets: number;
  tailSeconds: number;
  lagP50MsMedian: number;
  lagP95MsMedian: number;
  valuesPerSecondMedian: number;
  reconnectsMax: number;
  /** Each repetition's figures, so the spread on a noisy machine is on record beside the medians. */
  samples: Array<{ lagP50Ms: number; lagP95Ms: number; valuesPerSecond: number }>;
  /** 1-minute load average when the tier started: what else the machine was doing. */
  loadAverage: number;
}

async function sample(url: string, tags: number): Promise<{ p50: number; p95: number; valuesPerSecond: number; reconnects: number; sockets: number }> {
  const opened = await BronzeStore.open(':memory:');
  if (!opened.ok) throw new Error(`cannot open a store: ${opened.error.kind}`);
  const store = opened.value;
  const client = new PiClient({ baseUrl: url, auth: { mode: 'none' }, connections: 4 });
  const abort = new AbortController();
  const timer = setTimeout(() => abort.abort(), TAIL_MS);
  try {
    const result = await runLive(
      client,
      store,
      {
        runId: `bench-live-${tags}`,
        tagCount: tags,
        nameFilter: null,
        auth: { mode: 'none' },
        options: { ...DEFAULT_LIVE_OPTIONS, lookbackMs: 5_000, pollMs: POLL_MS, recorded: DEFAULT_RECORDED_OPTIONS },
      },
      abort.signal,
    );
    if (!result.ok) throw new Error(`live tail failed: ${JSON.stringify(result.error)}`);
    const s = result.value;
    if (s.fatal || s.lagP50Ms === null || s.lagP95Ms === null) throw new Error(`live tail measured nothing: ${s.fatal ?? s.lastError}`);
    return { p50: s.lagP50Ms, p95: s.lagP95Ms, valuesPerSecond: s.valuesPerSecond, reconnects: s.reconnects, sockets: s.sockets };
  } finally {
    clearTimeout(timer);
    await client.close();
    await store.close();
  }
}

export async function reportLiveLag(reps: number): Promise<LiveLagRow[]> {
  console.log(`\n== Live tail: lag from value timestamp to landed row, 1 s grid, ${TAIL_MS / 1000} s a repetition (median of ${reps}) ==`);
  const rows: LiveLagRow[] = [];
  for (const tags of TIERS) {
    const mock = await spawnCliMock(['--tags', String(tags), '--interval-seconds', '1', '--channel-poll-ms', String(POLL_MS)], process.env);
    try {
      const loadAverage = os.loadavg()[0] ?? 0;
      const samples = [];
      for (let r = 0; r < reps; r++) samples.push(await sample(mock.urlFor('127.0.0.1'), tags));
      rows.push({
        tags,
        sockets: samples[0]?.sockets ?? 0,
        tailSeconds: TAIL_MS / 1000,
        lagP50MsMedian: median(samples.map((s) => s.p50)),
        lagP95MsMedian: median(samples.map((s) => s.p95)),
        valuesPerSecondMedian: median(samples.map((s) => s.valuesPerSecond)),
        reconnectsMax: Math.max(...samples.map((s) => s.reconnects)),
        samples: samples.map((s) => ({ lagP50Ms: s.p50, lagP95Ms: s.p95, valuesPerSecond: Math.round(s.valuesPerSecond) })),
        loadAverage,
      });
    } finally {
      await mock.stop();
    }
  }
  console.table(
    rows.map((r) => ({
      tags: formatNumber(r.tags, 0),
      sockets: r.sockets,
      'lag p50 ms': formatNumber(r.lagP50MsMedian, 0),
      'lag p95 ms': formatNumber(r.lagP95MsMedian, 0),
      'values/s': formatNumber(r.valuesPerSecondMedian, 0),
      'reconnects (max)': r.reconnectsMax,
      'load avg': formatNumber(r.loadAverage, 1),
    })),
  );
  return rows;
}
