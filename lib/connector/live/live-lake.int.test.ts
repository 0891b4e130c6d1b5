/**
 * The live tail into the lake (issue 16): it commits every interval, so the lake shows its values
 * while it runs; what `lake load` reads back equals recorded reads of the covered span exactly;
 * and a tail killed with SIGKILL between commits, run again, resumes from the commit log with
 * nothing lost or duplicated.
 */
import { spawn } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { afterEach, describe, expect, it } from 'vitest';
import type { BronzeStore } from '../../bronze';
import { loadLakeInto, RollingShare, verifyLake, type LakeReport } from '../../lake';
import { startMockFixture, type MockFixture } from '../../pi-mock/test-support/mock-server-fixture';
import { duplicateKeys, openMemoryStore } from '../test-support/connector-fixture';
import { compareWithRecorded, tailFor, type TailRun } from '../test-support/live-fixture';
import type { LiveTag } from './tail-book';

async function report(dir: string): Promise<LakeReport> {
  const verified = await verifyLake(dir);
  if (!verified.ok) throw new Error(`verify failed: ${JSON.stringify(verified.error)}`);
  return verified.value;
}

/** The lake as `lake load` lands it, and its tags keyed as that store keys them. */
async function loaded(dir: string): Promise<{ store: BronzeStore; tags: LiveTag[] }> {
  const store = await openMemoryStore();
  const done = await loadLakeInto(store, dir);
  if (!done.ok) throw new Error(`load failed: ${JSON.stringify(done.error)}`);
  const rows = await store.readRows('SELECT tag_key, tag_webid, tag_name FROM bronze.pi_tags ORDER BY tag_key');
  return { store, tags: rows.map((r) => ({ key: Number(r.tag_key), webId: String(r.tag_webid), name: String(r.tag_name) })) };
}

/** `npm run extract -- --mode live --lake DIR` as a real process. */
function startTail(url: string, lake: string): { kill: (signal: NodeJS.Signals) => void; exit: Promise<number | null>; stdout: () => string } {
  const args = ['--import', 'tsx', 'lib/connector/cli/extract.ts', '--mode', 'live', '--url', url, '--lake', lake, '--lake-commit-seconds', '1', '--tags-per-socket', '50', '--lookback-seconds', '60', '--no-progress'];
  const child = spawn(process.execPath, args, { cwd: process.cwd(), stdio: ['ignore', 'pipe', 'inherit'] });
  let out = '';
  child.stdout?.on('data', (chunk: Buffer) => (out += chunk.toString()));
  const exit = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  return { kill: (signal) => child.kill(signal), exit, stdout: () => out };
}

async function waitForCommits(dir: string, atLeast: number, timeoutMs: number): Promise<LakeReport> {
  const until = Date.now() + timeoutMs;
  for (;;) {
    const r = await report(dir).catch(() => null);
    if (r && r.commits.length >= atLeast) return r;
    if (Date.now() > until) throw new Error(`fewer than ${atLeast} commits after ${timeoutMs} ms`);
    await sleep(200);
  }
}

describe('live tail into the lake', () => {
  let mock: MockFixture | undefined;
  const stores: BronzeStore[] = [];
  const dirs: string[] = [];
  const lakeDir = async () => {
    const dir = await mkdtemp(join(tmpdir(), 'live-lake-'));
    dirs.push(dir);
    return dir;
  };
  afterEach(async () => {
    await Promise.all(stores.splice(0).map((s) => s.close()));
    await mock?.server.close();
    mock = undefined;
    await Promise.all(dirs.splice(0).map((d) => rm(d, { recursive: true, force: true })));
  });
  const start = () => startMockFixture({ tagCount: 128, intervalSeconds: 1, anchorMs: Date.now(), channelPollMs: 200 });

  const expectExact = async (url: string, dir: string, run: TailRun) => {
    const { store, tags } = await loaded(dir);
    stores.push(store);
    expect(tags).toHaveLength(128);
    const cmp = await compareWithRecorded(url, store, { ...run, tags });
    stores.push(cmp.clean);
    expect(cmp.fragmented).toEqual([]);
    expect(cmp.channelMismatches).toEqual([]);
    expect(cmp.live).toEqual(cmp.recorded);
    expect(await duplicateKeys(store)).toBe(0);
  };

  it('commits while it runs, and the lake loads exactly what recorded reads of the span hold', async () => {
    mock = await start();
    const dir = await lakeDir();
    const opened = await RollingShare.open(dir, { runId: 'live-test', commitEveryMs: 1_500 });
    if (!opened.ok) throw new Error(JSON.stringify(opened.error));
    const lake = opened.value;
    try {
      const tail = tailFor(mock.server.url, lake, 8_000, { tagsPerSocket: 50, lookbackMs: 10_000 });
      // Mid-tail: committed values are visible to a reader of the plain glob.
      const during = await waitForCommits(dir, 2, 7_000);
      expect(during.rowsVisible.pi_timeseries).toBeGreaterThan(0);
      expect(during.problems).toEqual([]);
      const run = await tail;
      expect(run.summary.fatal).toBeNull();
      expect((await lake.finish()).ok).toBe(true);
      const after = await report(dir);
      expect(after.sound).toBe(true);
      expect(after.commits.length).toBeGreaterThanOrEqual(4);
      expect(after.shares).toBe(1);
      // Each commit removed its staging: nothing piles up under _lake/staging.
      expect(after.files.orphaned).toEqual([]);
      expect(after.rowsCommitted.pi_timeseries).toBe(run.summary.valuesLanded + run.summary.initialValues + run.summary.backfilledValues);
      await expectExact(mock.server.url, dir, run);
    } finally {
      lake.close();
    }
  }, 60_000);

  it('resumes from the commit log after SIGKILL, losing and duplicating nothing', async () => {
    mock = await start();
    const dir = await lakeDir();
    const first = startTail(mock.server.url, dir);
    const before = await waitForCommits(dir, 3, 30_000);
    first.kill('SIGKILL');
    await first.exit;
    // A gap the restart must back-fill from the last commit.
    await sleep(1_500);
    const second = startTail(mock.server.url, dir);
    await waitForCommits(dir, (await report(dir)).commits.length + 3, 30_000);
    second.kill('SIGINT');
    expect(await second.exit).toBe(0);
    const summary = JSON.parse(second.stdout().trim().split('\n').at(-1) ?? '{}') as { initialValues?: number; fatal?: unknown };
    expect(summary.fatal).toBeNull();
    expect(summary.initialValues).toBeGreaterThan(0);
    const after = await report(dir);
    expect(after.sound).toBe(true);
    expect(after.runs).toHaveLength(2);
    expect(after.commits.length).toBeGreaterThan(before.commits.length);
    await expectExact(mock.server.url, dir, { summary: {} as TailRun['summary'], tags: [], channelRows: new Map() });
  }, 90_000);
});
