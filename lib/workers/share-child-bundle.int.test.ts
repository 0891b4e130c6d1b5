/**
 * The production path of a local share child: the bundle `npm run build` writes runs under plain
 * node without tsx (a pruned install has none), its npm packages (DuckDB's native binding among
 * them) resolved from the project's node_modules, and lands its share in the lake.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startMockFixture, type MockFixture } from '../pi-mock/test-support/mock-server-fixture';
import { bundleShareChild } from './bundle-share-child';
import { runLocalShares } from './run-local-shares';
import { shareJob } from './test-support/share-job';

let bundleDir: string;
let lakeDir: string;
let mock: MockFixture;

beforeAll(async () => {
  // Inside the project, as .next/workers is: packages resolve from its node_modules.
  bundleDir = await mkdtemp(path.join(process.cwd(), 'node_modules', '.cache-share-child-'));
  lakeDir = await mkdtemp(path.join(tmpdir(), 'share-child-lake-'));
  mock = await startMockFixture({ tagCount: 128 });
});
afterAll(async () => {
  await mock?.server.close();
  await rm(bundleDir, { recursive: true, force: true });
  await rm(lakeDir, { recursive: true, force: true });
});

describe('the bundled share child', () => {
  it('runs a share under plain node and commits it to the lake', async () => {
    const script = path.join(bundleDir, 'share-child.cjs');
    await bundleShareChild(script);
    const outcomes = await runLocalShares({
      entry: { script, execArgv: [] },
      shares: 2,
      job: shareJob({ runId: 'run-bundle-test', url: mock.server.url, lakeDir, options: { batchSize: 100, concurrency: 2, maxCount: 10_000, leanFields: true } }),
    });
    if (!outcomes.ok) throw new Error(outcomes.error);
    expect(outcomes.value.map((o) => [o.state, o.failedReason])).toEqual([
      ['completed', null],
      ['completed', null],
    ]);
    const tags = outcomes.value.reduce((n, o) => n + (o.result?.tags ?? 0), 0);
    const points = outcomes.value.reduce((n, o) => n + (o.result?.points ?? 0), 0);
    expect(tags).toBe(128);
    // At least the 61 grid minutes of every tag (a few timestamps hold more than one value).
    expect(points).toBeGreaterThanOrEqual(128 * 61);
  }, 60_000);
});
