/**
 * Local share children on their own: a failing share is forked again up to its attempts and then
 * reported with the reason; a share that cannot run at all is not retried; a stop ends every child.
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { failedSharesMessage } from '../runs/run-mode-shares';
import { runLocalShares } from './run-local-shares';
import type { ShareJobData } from './share-job';
import { shareJob } from './test-support/share-job';

let root: string;
beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), 'local-shares-'));
});
afterAll(async () => {
  await rm(root, { recursive: true, force: true });
});

function job(overrides: Partial<Omit<ShareJobData, 'share'>>): Omit<ShareJobData, 'share'> {
  return shareJob({ runId: 'run-local-test', url: 'http://127.0.0.1:1/piwebapi', lakeDir: join(root, 'lake'), ...overrides });
}

describe('runLocalShares', () => {
  it('forks a failing share again, then names it with the reason', async () => {
    const retried: [number, number, boolean][] = [];
    const outcomes = await runLocalShares({ job: job({}), shares: 2, attempts: 2, onAttemptFailed: (share, attempt, _reason, willRetry) => retried.push([share, attempt, willRetry]) });
    if (!outcomes.ok) throw new Error(outcomes.error);
    expect(outcomes.value.map((o) => [o.name, o.state, o.attempts])).toEqual([
      ['share 1/2', 'failed', 2],
      ['share 2/2', 'failed', 2],
    ]);
    expect(outcomes.value[0]?.failedReason).toContain('Cannot reach the PI Web API at http://127.0.0.1:1/piwebapi');
    expect(retried.sort()).toEqual([[1, 1, true], [1, 2, false], [2, 1, true], [2, 2, false]]);
    expect(failedSharesMessage(outcomes.value, 2)).toMatch(/^share 1\/2 failed after 2 attempts: .*Cannot reach.*; share 2\/2 failed after 2 attempts: /);
  }, 60_000);

  it('does not retry a share that cannot open its lake', async () => {
    const blocked = join(root, 'a-file');
    await writeFile(blocked, 'not a lake');
    const outcomes = await runLocalShares({ job: job({ lakeDir: blocked }), shares: 1, attempts: 3 });
    if (!outcomes.ok) throw new Error(outcomes.error);
    expect(outcomes.value.map((o) => [o.state, o.attempts])).toEqual([['failed', 1]]);
    expect(outcomes.value[0]?.failedReason).toContain('cannot open the lake');
  }, 60_000);
});
