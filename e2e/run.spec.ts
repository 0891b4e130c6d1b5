import { expect, test } from './fixtures';
import { finishedRunOrThrow } from './support/runs';

const TIERS = [
  ['1,040 tags', '1,040'],
  ['10,000 tags', '10,000'],
  ['30,240 tags', '30,240'],
  ['128 tags', '128'],
] as const;

test('each tier can be picked, and Run reads it', async ({ runPage }) => {
  await runPage.open();
  await expect(runPage.tier('128 tags')).toBeChecked();
  for (const [label, count] of TIERS) {
    await runPage.pickTier(label);
    await expect(runPage.page.getByText(`Reads ${count} tags from`)).toBeVisible();
  }
});

test('Run waits for a tier switch to finish, so the run reads the tier shown', async ({ runPage, page }) => {
  let release: () => void = () => undefined;
  const released = new Promise<void>((resolve) => (release = resolve));
  await page.route('/api/mock', async (route) => {
    if (route.request().method() === 'PUT') await released;
    await route.fallback();
  });
  await runPage.open();
  await runPage.tier('1,040 tags').click();
  await expect(runPage.tier('1,040 tags')).toBeChecked();
  await expect(runPage.runButton).toBeDisabled();
  await expect(page.getByText('Waiting for the tier switch of')).toBeVisible();

  release();
  await expect(runPage.runButton).toBeEnabled();
  await expect(page.getByText('Reads 1,040 tags from')).toBeVisible();
  await page.unroute('/api/mock');
  await runPage.pickTier('128 tags');
  await expect(page.getByText('Reads 128 tags from')).toBeVisible();
});

test('a 1,040-tag run fills both bars and shows a measured speed-up', async ({ runPage }) => {
  test.setTimeout(180_000);
  await runPage.open();
  const answer = await runPage.runWith({ tier: '1,040 tags', modes: ['Batch', 'Sequential'], profile: 'Loopback', budgetSeconds: '300' });
  expect(answer.status()).toBe(202);
  await expect(runPage.cancelButton).toBeVisible();
  await expect(runPage.runButton).toBeDisabled();

  for (const mode of ['Batch', 'Sequential'] as const) {
    const bar = runPage.progress(mode);
    await expect(bar).toHaveAttribute('aria-valuemax', '1040', { timeout: 60_000 });
    await expect(bar).toHaveAttribute('aria-valuenow', '1040', { timeout: 120_000 });
  }
  await expect(runPage.speedup).toHaveText(/^\d+(\.\d+)?×$/, { timeout: 60_000 });
  await expect(runPage.page.getByText('measured', { exact: true })).toBeVisible();
  await expect(runPage.status).toHaveText('Finished: 1,040 tags', { timeout: 120_000 });
  await expect(runPage.resultChart).toBeVisible();
  await expect(runPage.runButton).toBeEnabled();
});

test('a reload during a run re-attaches and the run goes on', async ({ runPage, page }) => {
  test.setTimeout(180_000);
  await runPage.open();
  // WAN latency on every request keeps 30,240 tags going long enough to reload mid-run.
  const answer = await runPage.runWith({ tier: '30,240 tags', modes: ['Batch', 'Sequential'], profile: 'WAN', budgetSeconds: '10' });
  expect(answer.status()).toBe(202);
  const batch = runPage.progress('Batch');
  await expect(batch).toHaveAttribute('aria-valuemax', '30240', { timeout: 60_000 });
  await expect(batch).toHaveAttribute('aria-valuenow', /^[1-9]\d*$/, { timeout: 60_000 });
  const before = Number(await batch.getAttribute('aria-valuenow'));

  await page.reload();
  await expect(runPage.status).toHaveText('Running: 30,240 tags');
  await expect.poll(async () => Number(await batch.getAttribute('aria-valuenow')), { timeout: 60_000 }).toBeGreaterThan(before);
  await expect(runPage.tier('30,240 tags')).toBeDisabled();

  await runPage.cancelButton.click();
  await expect(runPage.status).toHaveText('Cancelled', { timeout: 60_000 });
  await expect(runPage.runButton).toBeEnabled();
});

test('bad input through the form gets the server 400 naming the field', async ({ runPage }) => {
  await runPage.open();
  let answer = await runPage.runWith({ modes: [] });
  expect(answer.status()).toBe(400);
  const refused = runPage.page.getByRole('alert', { name: 'The run did not start' });
  await expect(refused).toContainText('modes: pick at least one mode');

  answer = await runPage.runWith({ modes: ['Batch'], budgetSeconds: '0' });
  expect(answer.status()).toBe(400);
  await expect(refused).toContainText('sequentialBudgetSeconds: Too small: expected number to be >=1');
  await expect(runPage.budget).toHaveAttribute('aria-invalid', 'true');
  await expect(runPage.status).toHaveText('No run yet: pick a tier and press Run');
});

test('a failing runs API shows an error with a working Retry', async ({ runPage, page }) => {
  await page.route('/api/runs', (route) =>
    route.request().method() === 'GET'
      ? route.fulfill({ status: 500, json: { error: { code: 'internal', message: 'Internal error; see the server log.' } } })
      : route.fallback(),
  );
  await runPage.open();
  const alert = page.getByRole('alert', { name: 'Runs could not be loaded' });
  await expect(alert).toContainText('Internal error; see the server log.', { timeout: 15_000 });

  await page.unroute('/api/runs');
  await alert.getByRole('button', { name: 'Retry' }).click();
  await expect(alert).toHaveCount(0);
});

test('a refused start says why', async ({ runPage, page }) => {
  await page.route('/api/runs', (route) =>
    route.request().method() === 'POST'
      ? route.fulfill({ status: 503, json: { error: { code: 'unavailable', message: 'The bronze store is unavailable: locked' } } })
      : route.fallback(),
  );
  await runPage.open();
  await runPage.start();
  await expect(page.getByRole('alert', { name: 'The run did not start' })).toContainText('The bronze store is unavailable: locked');
  await expect(runPage.runButton).toBeEnabled();
});

test('a progress stream that breaks off says so, and Re-attach picks the run up again', async ({ runPage, page, request }) => {
  test.setTimeout(120_000);
  await finishedRunOrThrow(request, { tier: 128, modes: ['batch'], includeAssets: false });
  // Only the first event, then the end: a stream without `finished` or `failed`.
  await page.route('**/api/runs/*/events', async (route) => {
    const real = await route.fetch();
    const first = (await real.text()).split('\n')[0] ?? '';
    await route.fulfill({ status: 200, contentType: 'application/x-ndjson', body: `${first}\n` });
  });
  await page.goto('/');
  const lost = page.getByRole('alert', { name: "Lost the run's progress stream" });
  await expect(lost).toContainText('ended before the run finished or failed');

  await page.unroute('**/api/runs/*/events');
  await lost.getByRole('button', { name: 'Re-attach' }).click();
  await expect(runPage.status).toHaveText('Finished: 128 tags');
  await expect(lost).toHaveCount(0);
});
