import { spawnSync } from 'node:child_process';
import { copyFile, readdir } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MIN, T0, landLikeConnector, tagList, tempLake } from './test-support/lake-fixture';
import { openShareOrThrow } from './test-support/open-share';

// The real entry point in a real process: exit codes are the contract with schedulers and CI.
const TSX = resolve('node_modules/.bin/tsx');
const run = (...args: string[]) => spawnSync(TSX, ['lib/lake/cli.ts', ...args], { encoding: 'utf8', env: { ...process.env, BRONZE_DB_FILE: '' } });

type TempLake = Awaited<ReturnType<typeof tempLake>>;

/** A lake holding one committed run of 2 tags x 31 values. */
async function soundLake(): Promise<TempLake> {
  const made = await tempLake();
  const share = await openShareOrThrow(made.dir, { runId: 'run-1', share: null });
  await landLikeConnector(share, tagList(2), 'run-1', { startMs: T0, endMs: T0 + 30 * MIN });
  await share.commit();
  return made;
}

// Read-only for the tests that share it; the one that breaks a lake breaks its own.
let lake: TempLake;
beforeAll(async () => {
  lake = await soundLake();
});
afterAll(async () => {
  await lake.remove();
});

describe('npm run lake', () => {
  it('exits 2 on bad arguments, printing the usage', () => {
    const out = run('verify');
    expect(out.status).toBe(2);
    expect(out.stderr).toMatch(/Usage: npm run lake -- verify DIR/);
  });

  it('verify prints a readable report and exits 0 on a sound lake; --json prints one JSON line', () => {
    const text = run('verify', lake.dir);
    expect(text.status).toBe(0);
    expect(text.stdout).toMatch(/: SOUND\n/);
    const json = run('verify', lake.dir, '--json');
    expect(json.status).toBe(0);
    expect(json.stdout.trim().split('\n')).toHaveLength(1);
    expect(JSON.parse(json.stdout)).toMatchObject({ sound: true, rowsVisible: { pi_timeseries: 62 } });
  });

  it('verify exits 1 on a duplicate key', async () => {
    const broken = await soundLake();
    try {
      const day = join(broken.dir, 'pi_timeseries', 'date=2024-01-01');
      const [first] = await readdir(day);
      if (!first) throw new Error('a committed file expected');
      await copyFile(join(day, first), join(day, `copy-${first}`));
      const out = run('verify', broken.dir);
      expect(out.status).toBe(1);
      expect(out.stdout).toMatch(/PROBLEM time-series keys seen more than once: \d+/);
    } finally {
      await broken.remove();
    }
  });
});
