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

test('bad input through the form is refused in the form’s own words, and the page keeps what it showed', async ({ runPage }) => {
  await runPage.open();
  let answer = await runPage.runWith({ modes: [] });
  expect(answer.status()).toBe(400);
  await expect(runPage.refused).toContainText('Modes: pick at least one mode');

  answer = await runPage.runWith({ modes: ['Batch'], budgetSeconds: '0' });
  expect(answer.status()).toBe(400);
  await expect(runPage.refused).toContainText('Sequential budget: at least 1 s');
  await expect(runPage.budget).toHaveAttribute('aria-invalid', 'true');
  await expect(runPage.page.locator('#budget-issue')).toHaveText('at least 1 s');

  answer = await runPage.runWith({ modes: ['Batch'], budgetSeconds: '' });
  expect(answer.status()).toBe(400);
  await expect(runPage.refused).toContainText('Sequential budget: enter a number of seconds');
  for (const internal of ['sequentialBudgetSeconds', 'received null', 'Too small']) await expect(runPage.page.locator('main')).not.toContainText(internal);
  // The form's row keeps its shape: the issue stays in its own field, inside the settings card.
  const row = runPage.page.locator('.form-row');
  const card = runPage.page.getByRole('form', { name: 'Run settings' });
  const [rowBox, cardBox] = [await row.boundingBox(), await card.boundingBox()];
  expect(rowBox && cardBox && rowBox.x + rowBox.width <= cardBox.x + cardBox.width + 1).toBe(true);
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

test('a refused start says why and keeps the run on screen', async ({ runPage, page, request }) => {
  test.setTimeout(120_000);
  await finishedRunOrThrow(request, { tier: 128, modes: ['batch'], includeAssets: false });
  await page.route('/api/runs', (route) =>
    route.request().method() === 'POST'
      ? route.fulfill({ status: 503, json: { error: { code: 'unavailable', message: 'The bronze store is unavailable: locked' } } })
      : route.fallback(),
  );
  await runPage.open();
  await expect(runPage.status).toHaveText('Finished: 128 tags');
  await runPage.start();
  await expect(runPage.refused).toContainText('The bronze store is unavailable: locked');
  await expect(runPage.runButton).toBeEnabled();
  await expect(runPage.status).toHaveText('Finished: 128 tags');
  // A batch-only run has no sequential budget to speak of.
  await expect(runPage.shownSettings).toContainText('128 tags · Loopback (+0 ms) · no faults · Batch · once');
  await expect(runPage.shownSettings).not.toContainText('budget');
});

test('"the run did not start" goes away once the presenter follows the running run', async ({ runPage, page, request }) => {
  test.setTimeout(120_000);
  const runId = await finishedRunOrThrow(request, { tier: 128, modes: ['batch'], includeAssets: false });
  await page.route('/api/runs', (route) =>
    route.request().method() === 'POST'
      ? route.fulfill({ status: 409, json: { error: { code: 'run_in_progress', message: `run ${runId} is still going; cancel it or wait for it to end`, details: { runId } } } })
      : route.fallback(),
  );
  await runPage.open();
  await runPage.start();
  await expect(runPage.refused).toContainText('is still going');
  await runPage.refused.getByRole('button', { name: 'Follow the running run' }).click();
  await expect(runPage.refused).toHaveCount(0);
  await expect(runPage.status).toHaveText('Finished: 128 tags');
});

test('a time-boxed mode reads as time-boxed, and a fault run counts its retries', async ({ runPage, page }) => {
  test.setTimeout(120_000);
  await runPage.open();
  const answer = await runPage.runWith({ tier: '1,040 tags', modes: ['Batch', 'Sequential'], profile: 'Loopback', faults: '10% (503/429)', budgetSeconds: '3' });
  expect(answer.status()).toBe(202);
  await expect(runPage.status).toHaveText('Finished: 1,040 tags', { timeout: 90_000 });
  await expect(page.getByTestId('mode-count-sequential')).toHaveText(/^\d[\d,]* \/ 1,040 tags · time-boxed$/);
  await expect(page.getByTestId('mode-count-sequential')).not.toContainText('done');
  await expect(runPage.progress('Sequential')).toHaveAttribute('aria-valuetext', /time box reached$/);
  await expect(page.getByTestId('mode-retries-sequential')).toHaveText(/^[1-9]\d*$/);
  await expect(page.getByTestId('mode-retries-batch')).toHaveText(/^\d+$/);
  await expect(runPage.shownSettings).toContainText('faults 10% · Batch + Sequential · sequential budget 3 s');
});

test('a cancelled run does not head with a projection', async ({ runPage }) => {
  test.setTimeout(120_000);
  await runPage.open();
  const answer = await runPage.runWith({ tier: '1,040 tags', modes: ['Batch', 'Sequential'], profile: 'WAN', budgetSeconds: '300' });
  expect(answer.status()).toBe(202);
  await expect(runPage.speedupKind).toHaveText('projected', { timeout: 60_000 });
  await runPage.cancelButton.click();
  await expect(runPage.status).toHaveText('Cancelled', { timeout: 60_000 });
  await expect(runPage.speedup).toHaveCount(0);
  await expect(runPage.speedupArea).toContainText('The run ended before sequential finished: no speed-up.');
  await expect(runPage.progress('Sequential')).toHaveAttribute('aria-valuenow', /^\d+$/);
});

test('steps that move no bar say what the run is doing', async ({ runPage, page }) => {
  test.setTimeout(120_000);
  await runPage.open();
  const answer = await runPage.runWith({ tier: '30,240 tags', modes: ['Batch'], profile: 'Loopback' });
  expect(answer.status()).toBe(202);
  // Listing 30,240 points takes a moment before any bar moves: the page names the step and times it.
  await expect(page.getByTestId('run-activity')).toContainText(/listing the points|Listing the points|Warming up|Reading and landing/i, { timeout: 30_000 });
  await expect(runPage.status).toHaveText('Finished: 30,240 tags', { timeout: 90_000 });
});

test('an external run that fails says so once, without env-variable advice, inside its column', async ({ runPage, page, request }) => {
  test.setTimeout(60_000);
  const longUrl = `http://127.0.0.1:1/piwebapi/${'a-very-long-path-segment-'.repeat(6)}end`;
  expect((await request.put('/api/connection', { data: { url: longUrl, auth: 'none' } })).status()).toBe(200);
  try {
    await page.addInitScript(() => window.localStorage.setItem('pi-connector-demo.run-target', 'external'));
    await runPage.open();
    await expect(page.getByText('Reads the external PI Web API')).toBeVisible();
    const answer = await runPage.start();
    expect(answer.status()).toBe(202);
    const failed = page.getByRole('alert', { name: 'The run failed' });
    await expect(failed).toContainText('Cannot reach the PI Web API at http://127.0.0.1:1/piwebapi/a-very-long');
    await expect(failed).not.toContainText('PI_BASE_URL');
    await expect(runPage.status).toHaveText('Failed');
    await expect(page.getByText(/Cannot reach the PI Web API/)).toHaveCount(1);
    const stage = page.getByRole('region', { name: 'Live run' });
    const [alertBox, stageBox] = [await failed.boundingBox(), await stage.boundingBox()];
    expect(alertBox && stageBox && alertBox.x + alertBox.width <= stageBox.x + stageBox.width).toBe(true);
  } finally {
    expect((await request.delete('/api/connection')).status()).toBe(200);
  }
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
