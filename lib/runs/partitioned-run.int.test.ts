/**
 * Dashboard runs whose partitions are real processes (issue 13, item 2): 4 local share children
 * land exactly what one in-process partition lands; a child SIGKILLed mid-share is forked again
 * and the data still lands once; shares through a real redis-server and `npm run worker`
 * processes land the same; Redis down fails the run at once naming REDIS_URL.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BronzeStore } from '../bronze';
import { openMemoryStore } from '../connector/test-support/connector-fixture';
import { closeListener } from '../pi-mock/embedded';
import { startRedis, type ScratchRedis } from '../workers/test-support/redis-server';
import { RunRegistry } from './run-registry';
import { runSettings, type ModeSummary, type RunEvent, type RunSettingsInput } from '../api-contract';
import { startRun } from './start-run';

const FAST_RETRY = { baseDelayMs: 1, maxDelayMs: 5, maxAttempts: 8 };
/** A fixed window: every run reads the same values, so stores can be compared row for row. */
const WINDOW = { start: '2024-01-01T00:00:00Z', end: '2024-01-01T03:00:00Z' };
const LOCAL_ENV = { REDIS_URL: undefined, LAKE_DIR: undefined };

interface Landed {
  rows: number;
  keys: number;
  /** Per tag: rows and a checksum of every (ts, seq, value, state, flags). */
  perTag: Record<string, string>;
}

async function landed(store: BronzeStore): Promise<Landed> {
  const [totals] = await store.readRows(`SELECT count(*)::DOUBLE AS n, count(DISTINCT (tag_webid, ts, seq))::DOUBLE AS k FROM bronze.pi_timeseries`);
  const tags = await store.readRows(`
    SELECT tag_webid, count(*)::DOUBLE AS n,
           sum(hash(ts, seq, value, value_state, quality_good, quality_questionable, quality_substituted) % 1000003)::DOUBLE AS h
    FROM bronze.pi_timeseries GROUP BY tag_webid`);
  return {
    rows: Number(totals?.n),
    keys: Number(totals?.k),
    perTag: Object.fromEntries(tags.map((t) => [String(t.tag_webid), `${Number(t.n)}:${Number(t.h)}`])),
  };
}

interface Finished {
  events: RunEvent[];
  store: BronzeStore;
}

async function run(input: RunSettingsInput, env: Record<string, string | undefined>, onEvent?: (e: RunEvent) => void): Promise<Finished> {
  const store = await openMemoryStore();
  const registry = new RunRegistry();
  const started = await startRun(runSettings.parse({ tier: 1040, includeAssets: false, window: WINDOW, ...input }), { store, registry, retry: FAST_RETRY, env });
  if (!started.ok) throw new Error(`start refused: ${JSON.stringify(started.error)}`);
  const events: RunEvent[] = [];
  registry.find(started.value.runId)?.subscribe((e) => {
    events.push(e);
    onEvent?.(e);
  });
  await started.value.done;
  return { events, store };
}

function summaries(events: RunEvent[]): ModeSummary[] {
  return events.flatMap((e) => (e.type === 'mode-finished' ? [e.summary] : []));
}

function ending(events: RunEvent[]): RunEvent | undefined {
  return events.find((e) => e.type === 'finished' || e.type === 'failed');
}

const stores: BronzeStore[] = [];
let reference: Landed;

beforeAll(async () => {
  const one = await run({ modes: ['batch'], partitions: 1 }, LOCAL_ENV);
  stores.push(one.store);
  expect(ending(one.events)?.type).toBe('finished');
  expect(summaries(one.events)[0]).toMatchObject({ partitions: 1, processKind: 'in-process' });
  reference = await landed(one.store);
  // 1,040 tags x 181 minutes of grid.
  expect(reference.rows).toBeGreaterThanOrEqual(1040 * 181);
}, 120_000);

afterAll(async () => {
  await Promise.all(stores.map((s) => s.close()));
  await closeListener();
});

describe('partitions as local processes (no Redis)', () => {
  it('4 partitions land exactly what 1 partition lands, and each share names its process and host', async () => {
    const four = await run({ modes: ['batch', 'sequential'], partitions: 4, sequentialBudgetSeconds: 600 }, LOCAL_ENV);
    stores.push(four.store);
    expect(ending(four.events)).toMatchObject({ type: 'finished' });
    const got = await landed(four.store);
    expect(got.keys).toBe(got.rows);
    expect(got.rows).toBe(reference.rows);
    expect(got.perTag).toEqual(reference.perTag);
    for (const m of summaries(four.events)) {
      expect(m).toMatchObject({ partitions: 4, processKind: 'local-processes', tagsTotal: 1040, tagsLanded: 1040, tagsFailed: 0, values: reference.rows });
      expect(m.shares?.map((s) => [s.share, s.state, s.attempts])).toEqual([1, 2, 3, 4].map((i) => [i, 'completed', 1]));
      expect(new Set(m.shares?.map((s) => s.worker)).size).toBe(4);
      for (const s of m.shares ?? []) expect(s.worker).toMatch(/^local:\d+$/);
    }
    // Sequential is one request per tag whichever process sends it.
    expect(summaries(four.events)[1]?.httpRequests).toBe(1040);
    const live = four.events.filter((e) => e.type === 'share' && e.state === 'running');
    expect(new Set(live.map((e) => e.type === 'share' && e.share))).toEqual(new Set([1, 2, 3, 4]));
  }, 180_000);

  it('a child SIGKILLed mid-share is forked again and its share still lands exactly once', async () => {
    let killed: number | null = null;
    // Slow shares (10 tags a request, one at a time), so the kill lands in the middle of one.
    const r = await run({ modes: ['batch'], partitions: 4, batchSize: 10, concurrency: 1 }, LOCAL_ENV, (e) => {
      if (killed !== null || e.type !== 'share' || e.share !== 2 || e.state !== 'running' || e.tagsDone === 0 || !e.worker) return;
      killed = Number(e.worker.split(':')[1]);
      process.kill(killed, 'SIGKILL');
    });
    stores.push(r.store);
    expect(killed).not.toBeNull();
    expect(ending(r.events)).toMatchObject({ type: 'finished' });
    const shares = summaries(r.events)[0]?.shares ?? [];
    expect(shares.map((s) => [s.share, s.state, s.attempts])).toEqual([[1, 'completed', 1], [2, 'completed', 2], [3, 'completed', 1], [4, 'completed', 1]]);
    expect(shares[1]?.worker).not.toBe(`local:${killed}`);
    expect(r.events.some((e) => e.type === 'share' && e.share === 2 && e.state === 'retrying' && (e.message ?? '').includes('SIGKILL'))).toBe(true);
    const got = await landed(r.store);
    expect(got.keys).toBe(got.rows);
    expect(got.perTag).toEqual(reference.perTag);
  }, 180_000);
});

describe('partitions through Redis (REDIS_URL set)', () => {
  let redis: ScratchRedis;
  const workers: { child: ChildProcess; exit: Promise<number | null> }[] = [];

  beforeAll(async () => {
    redis = await startRedis();
  }, 30_000);
  afterAll(async () => {
    for (const w of workers) w.child.kill('SIGTERM');
    await Promise.all(workers.map((w) => w.exit));
    await redis?.stop();
  });

  function worker(name: string): Promise<void> {
    const child = spawn(process.execPath, ['--import', 'tsx', 'lib/workers/worker-cli.ts'], {
      cwd: process.cwd(),
      env: { ...process.env, REDIS_URL: redis.url, WORKER_NAME: name },
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    workers.push({ child, exit: new Promise((resolve) => child.on('exit', (code) => resolve(code))) });
    return new Promise((resolve) => {
      let text = '';
      child.stderr?.on('data', (c: Buffer) => {
        text += c.toString();
        if (text.includes('waiting for share jobs')) resolve();
      });
    });
  }

  it('enqueues share jobs that `npm run worker` processes take, and lands exactly what 1 partition lands', async () => {
    await Promise.all([worker('wa'), worker('wb')]);
    const r = await run({ modes: ['batch'], partitions: 4 }, { REDIS_URL: redis.url });
    stores.push(r.store);
    expect(ending(r.events)).toMatchObject({ type: 'finished' });
    const m = summaries(r.events)[0];
    expect(m).toMatchObject({ partitions: 4, processKind: 'bullmq', tagsLanded: 1040 });
    expect(new Set(m?.shares?.map((s) => s.worker))).toEqual(new Set(['wa', 'wb']));
    const got = await landed(r.store);
    expect(got.keys).toBe(got.rows);
    expect(got.perTag).toEqual(reference.perTag);
  }, 180_000);

  it('Redis down: the run fails at once with a message naming REDIS_URL', async () => {
    const t0 = Date.now();
    const r = await run({ modes: ['batch'], partitions: 4 }, { REDIS_URL: 'redis://127.0.0.1:1' });
    stores.push(r.store);
    const end = ending(r.events);
    expect(end).toMatchObject({ type: 'failed', code: 'redis_unreachable' });
    expect(end?.type === 'failed' && end.message).toContain('REDIS_URL');
    expect(end?.type === 'failed' && end.message).toContain('Redis at redis://127.0.0.1:1 does not answer (ECONNREFUSED)');
    // Before listing a single point: nothing started.
    expect(r.events.some((e) => e.type === 'started')).toBe(false);
    expect(Date.now() - t0).toBeLessThan(10_000);
  }, 30_000);
});
