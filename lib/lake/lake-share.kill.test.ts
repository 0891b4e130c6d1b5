import { spawn } from 'node:child_process';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { verifyLake } from './verify-lake';
import { MIN, T0, landLikeConnector, readLake, tagList } from './test-support/lake-fixture';
import { tempLakePerTest } from './test-support/temp-lake-per-test';
import { openShareOrThrow } from './test-support/open-share';

// A real process killed with SIGKILL: no finally block, no exit handler, half-written files.
// Node itself with tsx's loader, not the tsx binary: that one runs the script in a child
// process, which would survive the SIGKILL meant for it.
const SCRIPT = resolve('lib/lake/test-support/stage-and-wait.ts');
const TAGS = 12;
const DAY = { startMs: T0, endMs: T0 + 24 * 60 * MIN };

const lake = tempLakePerTest();

/** Starts the writer, waits for READY, kills it with SIGKILL and waits for it to be gone. */
async function killAt(step: 'stage' | 'record' | 'half'): Promise<void> {
  const child = spawn(process.execPath, ['--import', 'tsx', SCRIPT, lake.dir, 'run-1', String(TAGS), step], { stdio: ['ignore', 'pipe', 'inherit'] });
  const exited = new Promise<NodeJS.Signals | null>((done) => child.on('exit', (_code, signal) => done(signal)));
  await new Promise<void>((ready, fail) => {
    child.stdout.on('data', (chunk: Buffer) => {
      if (chunk.toString().includes('READY')) ready();
    });
    child.on('exit', () => fail(new Error(`writer exited before reaching ${step}`)));
  });
  child.kill('SIGKILL');
  expect(await exited).toBe('SIGKILL');
}

describe('a writer process killed with SIGKILL', () => {
  it.each(['stage', 'record', 'half'] as const)('at %s: a fresh attempt leaves each value exactly once', async (step) => {
    await killAt(step);
    const fresh = await openShareOrThrow(lake.dir, { runId: 'run-2', share: { index: 1, count: 1 } });
    await landLikeConnector(fresh, tagList(TAGS), 'run-2', DAY);
    const result = await fresh.commit();
    // Killed after its record: the commit stands (rolled forward on open) and the fresh attempt has nothing to add.
    expect(result.ok && result.value.kind).toBe(step === 'stage' ? 'committed' : 'nothing-to-commit');

    const figures = await readLake(lake.dir);
    expect([figures.rows, figures.duplicateKeys]).toEqual([TAGS * 1441, 0]);
    const report = await verifyLake(lake.dir);
    expect(report.ok && report.value.sound).toBe(true);
    // Only a writer killed before committing leaves an orphaned staging folder.
    expect(report.ok && report.value.files.orphaned.length).toBe(step === 'stage' ? 1 : 0);
  }, 60_000);
});
