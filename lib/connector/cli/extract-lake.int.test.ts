/**
 * The acceptance run, with real processes: four `npm run extract -- --partition auto/4
 * --lake DIR` shares taking their index from JOB_COMPLETION_INDEX, started out of order, one
 * killed with SIGKILL mid-way and re-run, one run twice at once and once more after. The lake's
 * plain read_parquet glob must equal one process extracting the same window alone.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { verifyLake } from '../../lake';
import { lakeChecksums } from '../../lake/test-support/lake-fixture';
import { startMockFixture, type MockFixture } from '../../pi-mock/test-support/mock-server-fixture';

const WINDOW = ['--start', '2024-01-01T00:00:00Z', '--end', '2024-01-01T12:00:00Z'];

interface Share {
  child: ChildProcess;
  exit: Promise<number | null>;
  stdout: () => string;
  /** Resolves at the first progress line: the share is reading values. */
  reading: Promise<void>;
}

function startShare(url: string, lake: string, index: number | null, extra: string[] = []): Share {
  const partition = index === null ? [] : ['--partition', 'auto/4'];
  const child = spawn(process.execPath, ['--import', 'tsx', 'lib/connector/cli/extract.ts', '--url', url, ...WINDOW, '--lake', lake, ...partition, ...extra], {
    cwd: process.cwd(),
    env: { ...process.env, ...(index === null ? {} : { JOB_COMPLETION_INDEX: String(index) }) },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  child.stdout?.on('data', (chunk: Buffer) => (out += chunk.toString()));
  const reading = new Promise<void>((resolve) => {
    child.stderr?.on('data', (chunk: Buffer) => {
      if (chunk.toString().includes('batch [')) resolve();
    });
  });
  const exit = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  return { child, exit, stdout: () => out, reading };
}

describe('four shares of one window into one lake, as a Kubernetes Indexed Job runs them', () => {
  let mock: MockFixture;
  let root: string;
  beforeAll(async () => {
    mock = await startMockFixture({ tagCount: 1040 });
    root = await mkdtemp(join(tmpdir(), 'extract-lake-'));
  });
  afterAll(async () => {
    await mock?.server.close();
    await rm(root, { recursive: true, force: true });
  });

  it('reads back exactly what one process extracting alone lands, whatever was killed or run twice', async () => {
    const url = mock.server.url;
    const lake = join(root, 'shared');
    const alone = join(root, 'alone');
    const slow = ['--batch-size', '10', '--concurrency', '1'];

    // Out of order; share 0 is killed with SIGKILL once it is reading values.
    const two = startShare(url, lake, 2);
    const zero = startShare(url, lake, 0, slow);
    await zero.reading;
    zero.child.kill('SIGKILL');
    expect(await zero.exit).toBeNull();
    // Share 1 twice at once, and share 3.
    const [three, oneA, oneB] = [startShare(url, lake, 3), startShare(url, lake, 1), startShare(url, lake, 1)];
    expect(await Promise.all([two.exit, three.exit, oneA.exit, oneB.exit])).toEqual([0, 0, 0, 0]);
    // The killed share re-run, and share 2 once more after it committed.
    const zeroAgain = startShare(url, lake, 0);
    expect(await zeroAgain.exit).toBe(0);
    const twoAgain = startShare(url, lake, 2);
    expect(await twoAgain.exit).toBe(0);
    expect(JSON.parse(twoAgain.stdout())).toMatchObject({ tags: 0, points: 0, lake: { committed: false } });

    const single = startShare(url, alone, null);
    expect(await single.exit).toBe(0);

    const shared = await lakeChecksums(lake);
    const reference = await lakeChecksums(alone);
    expect(reference.rows).toBeGreaterThan(1040 * 12 * 60);
    expect(shared.rows).toBe(reference.rows);
    expect(shared.keys).toBe(shared.rows);
    expect(shared.perTag).toEqual(reference.perTag);

    const report = await verifyLake(lake);
    if (!report.ok) throw new Error(report.error.kind);
    expect(report.value.sound).toBe(true);
    expect(report.value.duplicateKeys).toBe(0);
    expect(report.value.rowsVisible.pi_timeseries).toBe(reference.rows);
    // Four shares committed once each (share 1's racing twin either committed nothing or what the other had not).
    expect(new Set(report.value.commits.map((c) => c.share?.index))).toEqual(new Set([1, 2, 3, 4]));
    // What the killed process staged is still there, uncommitted, never read: nothing deletes another's files.
    expect((await readdir(join(lake, '_lake', 'staging'))).length).toBeGreaterThanOrEqual(1);
  }, 120_000);
});
