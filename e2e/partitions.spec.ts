/**
 * Partitions as real processes on the Run page: the local-process default (a 10-share run at
 * 1,040 tags shows a bar per share, the process and host that ran it) and one run through Redis
 * (a third server with REDIS_URL, a redis-server this spec starts on a loopback port and a
 * `npm run worker` process, both stopped by PID).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { hostname } from 'node:os';
import { startRedis, type ScratchRedis } from '../lib/workers/test-support/redis-server';
import { expect, test } from './fixtures';
import { RunPage } from './pages/run-page';
import { REDIS_DASHBOARD_URL, REDIS_SERVER_PORT, REDIS_URL } from './support/redis-server-e2e';

test('a partitioned run at 1,040 tags runs each share in its own local process and shows a bar per share', async ({ runPage, page }) => {
  test.setTimeout(240_000);
  await runPage.open();
  const answer = await runPage.runWith({ tier: '1,040 tags', modes: ['Batch'], profile: 'Loopback', partitions: '10' });
  expect(answer.status()).toBe(202);
  const grid = page.getByTestId('share-grid');
  await expect(grid).toBeVisible({ timeout: 60_000 });
  await expect(grid.getByRole('progressbar')).toHaveCount(10);
  await expect(grid).toContainText('10 shares each in its own local process');
  await expect(runPage.status).toHaveText('Finished: 1,040 tags', { timeout: 180_000 });
  // Every share finished, each named by its own process (local:<pid>) on this host.
  const workers = await Promise.all(Array.from({ length: 10 }, (_, i) => page.getByTestId(`share-worker-${i + 1}`).textContent()));
  for (const w of workers) expect(w).toMatch(/^local:\d+$/);
  expect(new Set(workers).size).toBe(10);
  await expect(grid).toContainText(`on ${hostname()}`);
  for (let i = 1; i <= 10; i++) await expect(page.getByTestId(`share-${i}`).getByRole('progressbar')).toHaveAttribute('aria-valuenow', /^[1-9]\d*$/);
  // The grid stays on screen at 1366x768 beside the mode bar: no scrolling to see it.
  const box = await grid.boundingBox();
  expect(box).not.toBeNull();
  expect(box!.y + box!.height).toBeLessThanOrEqual(768);
});

test.describe('through Redis', () => {
  let redis: ScratchRedis | null = null;
  let worker: ChildProcess | null = null;

  test.beforeAll(async () => {
    redis = await startRedis(REDIS_SERVER_PORT);
    const child = spawn(process.execPath, ['--import', 'tsx', 'lib/workers/worker-cli.ts'], {
      cwd: process.cwd(),
      env: { ...process.env, REDIS_URL, WORKER_NAME: 'e2e-worker' },
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    worker = child;
    await new Promise<void>((resolve, reject) => {
      let text = '';
      child.once('exit', (code) => reject(new Error(`the worker exited with ${code}: ${text}`)));
      child.stderr?.on('data', (c: Buffer) => {
        text += c.toString();
        if (text.includes('waiting for share jobs')) resolve();
      });
    });
  });
  test.afterAll(async () => {
    if (worker && worker.exitCode === null) {
      const exited = new Promise((resolve) => worker?.once('exit', resolve));
      worker.kill('SIGTERM');
      await exited;
    }
    await redis?.stop();
  });

  test('a partitioned run enqueues share jobs that a `npm run worker` process takes', async ({ browser }) => {
    test.setTimeout(240_000);
    const context = await browser.newContext({ baseURL: REDIS_DASHBOARD_URL, viewport: { width: 1366, height: 768 } });
    try {
      const page = await context.newPage();
      const runPage = new RunPage(page);
      await runPage.open();
      const answer = await runPage.runWith({ tier: '1,040 tags', modes: ['Batch'], profile: 'Loopback', partitions: '2' });
      expect(answer.status()).toBe(202);
      const grid = page.getByTestId('share-grid');
      await expect(grid).toBeVisible({ timeout: 60_000 });
      await expect(grid).toContainText('2 shares as share jobs on BullMQ workers');
      await expect(runPage.status).toHaveText('Finished: 1,040 tags', { timeout: 180_000 });
      await expect(page.getByTestId('share-worker-1')).toHaveText('e2e-worker');
      await expect(page.getByTestId('share-worker-2')).toHaveText('e2e-worker');
      // The run's own server puts its tier back for whoever comes next.
      await page.request.put('/api/mock', { data: { tier: 128 } });
    } finally {
      await context.close();
    }
  });
});
