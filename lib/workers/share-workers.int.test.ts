/**
 * Share jobs on a real redis-server: workers in their own processes take `--partition queue/N`
 * shares and land exactly what one process lands, even when one of them is SIGKILLed mid-share;
 * Redis down is a clear, quick error; a failing share is retried, then reported by name.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { lakeChecksums } from '../lake/test-support/lake-fixture';
import { startMockFixture, type MockFixture } from '../pi-mock/test-support/mock-server-fixture';
import { parseRedisUrl } from './redis-connection';
import { runQueuedShares } from './run-queued-shares';
import { startShareWorker } from './share-worker';
import { startRedis, type ScratchRedis } from './test-support/redis-server';
import { shareJob } from './test-support/share-job';

interface Proc {
  child: ChildProcess;
  exit: Promise<number | null>;
  out: () => string;
  err: () => string;
  /** Resolves once stderr has contained `text`. */
  saw: (text: string) => Promise<void>;
}

function start(script: string, args: string[], env: Record<string, string>): Proc {
  const child = spawn(process.execPath, ['--import', 'tsx', script, ...args], { cwd: process.cwd(), env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  let out = '';
  let errText = '';
  const waiters: { text: string; resolve: () => void }[] = [];
  child.stdout?.on('data', (c: Buffer) => (out += c.toString()));
  child.stderr?.on('data', (c: Buffer) => {
    errText += c.toString();
    for (const w of waiters.splice(0)) {
      if (errText.includes(w.text)) w.resolve();
      else waiters.push(w);
    }
  });
  return {
    child,
    exit: new Promise((resolve) => child.on('exit', (code) => resolve(code))),
    out: () => out,
    err: () => errText,
    saw: (text) => (errText.includes(text) ? Promise.resolve() : new Promise((resolve) => waiters.push({ text, resolve }))),
  };
}

const WINDOW = ['--start', '2024-01-01T00:00:00Z', '--end', '2024-01-01T12:00:00Z'];

describe('share jobs on Redis', () => {
  let redis: ScratchRedis;
  let mock: MockFixture;
  let root: string;
  let reference: Awaited<ReturnType<typeof lakeChecksums>>;
  const workers: Proc[] = [];

  const worker = (name: string) => {
    const w = start('lib/workers/worker-cli.ts', [], { REDIS_URL: redis.url, WORKER_NAME: name, WORKER_LOCK_MS: '2000', WORKER_STALLED_INTERVAL_MS: '1000' });
    workers.push(w);
    return w;
  };
  const enqueue = (lake: string, extra: string[] = []) =>
    start('lib/connector/cli/extract.ts', ['--url', mock.server.url, ...WINDOW, '--lake', lake, '--partition', 'queue/4', ...extra], { REDIS_URL: redis.url });

  beforeAll(async () => {
    redis = await startRedis();
    mock = await startMockFixture({ tagCount: 1040 });
    root = await mkdtemp(join(tmpdir(), 'share-workers-'));
    const alone = start('lib/connector/cli/extract.ts', ['--url', mock.server.url, ...WINDOW, '--lake', join(root, 'alone'), '--no-progress'], {});
    expect(await alone.exit).toBe(0);
    reference = await lakeChecksums(join(root, 'alone'));
  }, 60_000);
  afterAll(async () => {
    for (const w of workers) w.child.kill('SIGKILL');
    await Promise.all(workers.map((w) => w.exit));
    await mock?.server.close();
    await redis?.stop();
    await rm(root, { recursive: true, force: true });
  });

  it('4 shares on 2 workers land exactly what one process lands, and say who ran each', async () => {
    const [a, b] = [worker('wa'), worker('wb')];
    await Promise.all([a.saw('waiting for share jobs'), b.saw('waiting for share jobs')]);
    const run = enqueue(join(root, 'two-workers'));
    expect(await run.exit).toBe(0);
    const summary = JSON.parse(run.out()) as { points: number; shares: { state: string; worker: string }[] };
    expect(summary.shares.map((s) => s.state)).toEqual(['completed', 'completed', 'completed', 'completed']);
    expect(new Set(summary.shares.map((s) => s.worker))).toEqual(new Set(['wa', 'wb']));
    const lake = await lakeChecksums(join(root, 'two-workers'));
    expect(lake.keys).toBe(lake.rows);
    expect(lake.rows).toBe(reference.rows);
    expect(lake.perTag).toEqual(reference.perTag);
    expect(summary.points).toBe(reference.rows);
    a.child.kill('SIGTERM');
    b.child.kill('SIGTERM');
    expect(await Promise.all([a.exit, b.exit])).toEqual([0, 0]);
  }, 90_000);

  it('a worker SIGKILLed mid-share: the stalled share goes to another worker and lands exactly once', async () => {
    const doomed = worker('doomed');
    await doomed.saw('waiting for share jobs');
    // Slow shares (10 tags a request, one at a time), so the kill lands in the middle of one.
    const run = enqueue(join(root, 'killed'), ['--batch-size', '10', '--concurrency', '1']);
    await run.saw('doomed [');
    doomed.child.kill('SIGKILL');
    expect(await doomed.exit).toBeNull();
    const rescuer = worker('rescuer');
    expect(await run.exit).toBe(0);
    const summary = JSON.parse(run.out()) as { shares: { state: string; worker: string }[] };
    expect(summary.shares.map((s) => [s.state, s.worker])).toEqual(Array.from({ length: 4 }, () => ['completed', 'rescuer']));
    const lake = await lakeChecksums(join(root, 'killed'));
    expect(lake.keys).toBe(lake.rows);
    expect(lake.perTag).toEqual(reference.perTag);
    rescuer.child.kill('SIGTERM');
    expect(await rescuer.exit).toBe(0);
  }, 120_000);

  it('Redis down: the enqueuer and a worker each stop at once with a message naming it', async () => {
    const down = 'redis://127.0.0.1:1';
    const run = start('lib/connector/cli/extract.ts', ['--url', mock.server.url, ...WINDOW, '--lake', join(root, 'down'), '--partition', 'queue/4'], { REDIS_URL: down });
    const w = start('lib/workers/worker-cli.ts', [], { REDIS_URL: down });
    expect(await Promise.all([run.exit, w.exit])).toEqual([1, 1]);
    for (const p of [run, w]) expect(p.err()).toContain('Redis at redis://127.0.0.1:1 does not answer (ECONNREFUSED)');
  }, 30_000);

  it('a failing share is retried with backoff, then reported by name', async () => {
    const target = parseRedisUrl(redis.url);
    if (!target.ok) throw new Error(target.error);
    // Nothing listens on port 1: every attempt of every share fails to reach the server.
    const blocked = join(root, 'not-a-dir');
    await writeFile(blocked, 'a file where the lake should be');
    const inProcess = startShareWorker({ connection: target.value.options, name: 'retrier' });
    try {
      const outcomes = await runQueuedShares({
        connection: target.value.options,
        shares: 2,
        attempts: 3,
        backoffMs: 50,
        job: shareJob({ runId: 'run-failing', url: 'http://127.0.0.1:1/piwebapi', lakeDir: join(root, 'failing') }),
      });
      if (!outcomes.ok) throw new Error(outcomes.error);
      expect(outcomes.value.map((o) => [o.name, o.state, o.attempts])).toEqual([
        ['share 1/2', 'failed', 3],
        ['share 2/2', 'failed', 3],
      ]);
      expect(outcomes.value[0]?.failedReason).toContain('Cannot reach the PI Web API at http://127.0.0.1:1/piwebapi');
      // A lake that cannot be opened is not retried: another attempt would fail the same way.
      const refused = await runQueuedShares({
        connection: target.value.options,
        shares: 1,
        attempts: 3,
        backoffMs: 50,
        job: shareJob({ runId: 'run-refused', url: mock.server.url, lakeDir: blocked }),
      });
      if (!refused.ok) throw new Error(refused.error);
      expect(refused.value.map((o) => [o.state, o.attempts])).toEqual([['failed', 1]]);
      expect(refused.value[0]?.failedReason).toContain('cannot open the lake');
    } finally {
      await inProcess.close();
    }
  }, 90_000);
});
