/**
 * "Clear bronze and history…" on the History page: a confirmation dialog, then bronze, the checkpoints and the run
 * history are empty and every page shows its empty state. Runs against the second server of
 * playwright.config.ts (its own bronze file), so the seeded data of the other specs stays.
 */
import { expect, test, type Page } from '@playwright/test';
import { CLEAR_BASE_URL } from './support/clear-server';
import { finishedRunOrThrow, stopRunningRuns } from './support/runs';

test.use({ baseURL: CLEAR_BASE_URL });

test.beforeEach(async ({ request }) => {
  await stopRunningRuns(request);
});
test.afterEach(async ({ request }) => {
  await stopRunningRuns(request);
});

function clearDialog(page: Page) {
  return page.getByRole('dialog', { name: 'Clear bronze and history?' });
}

async function openClearDialog(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Clear bronze and history…' }).click();
  await expect(clearDialog(page)).toBeVisible();
}

test('clearing asks first, then History and the data pages are empty', async ({ page, request }) => {
  const runId = await finishedRunOrThrow(request, { tier: 128, modes: ['batch'], includeAssets: true });
  await page.goto('/history');
  await expect(page.getByRole('heading', { name: /^All runs \(\d+\)$/ })).toBeVisible();
  await expect(page.getByText(runId)).toBeVisible();

  // Cancel is where focus starts; Escape closes and gives focus back to the trigger; nothing is cleared.
  await openClearDialog(page);
  await expect(clearDialog(page).getByRole('button', { name: 'Cancel' })).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(clearDialog(page)).toBeHidden();
  await expect(page.getByRole('button', { name: 'Clear bronze and history…' })).toBeFocused();
  await expect(page.getByText(runId)).toBeVisible();

  await openClearDialog(page);
  await clearDialog(page).getByRole('button', { name: 'Clear bronze and history' }).click();
  await expect(clearDialog(page)).toBeHidden();
  await expect(page.getByRole('status').filter({ hasText: 'Bronze and history cleared.' })).toBeVisible();
  await expect(page.getByText('No runs yet.')).toBeVisible();

  const runs = await request.get('/api/runs');
  expect(await runs.json()).toEqual({ items: [] });
  const sources = await request.get('/api/bronze/sources');
  expect(sources.status()).toBe(200);
  await page.goto('/granularity');
  await expect(page.getByText('No values in bronze yet')).toBeVisible();
  await page.goto('/af');
  await expect(page.getByText(/No AF elements in bronze/i).first()).toBeVisible();
  await page.goto('/event-frames');
  await expect(page.getByText(/No event frames in bronze/i).first()).toBeVisible();
  await page.goto('/performance');
  await expect(page.getByText('No finished run yet.')).toBeVisible();
});

test('a run lands again after a clear', async ({ request }) => {
  const cleared = await request.delete('/api/bronze');
  expect(cleared.status()).toBe(200);
  await finishedRunOrThrow(request, { tier: 128, modes: ['batch'], includeAssets: false });
  const runs = (await (await request.get('/api/runs')).json()) as { items: unknown[] };
  expect(runs.items).toHaveLength(1);
});

test('while a run is going the server refuses to clear, and the dialog says why', async ({ page, request }) => {
  // WAN adds 30 ms to each of 1,040 sequential requests: the run is still going when the clear arrives.
  const started = await request.post('/api/runs', { data: { tier: 1040, modes: ['sequential'], networkProfile: 'wan', includeAssets: false } });
  expect(started.status()).toBe(202);
  const { runId } = (await started.json()) as { runId: string };
  const refused = await request.delete('/api/bronze');
  expect(refused.status()).toBe(409);
  expect(await refused.json()).toMatchObject({ error: { code: 'run_in_progress', details: { runId } } });

  await page.goto('/history');
  await openClearDialog(page);
  await clearDialog(page).getByRole('button', { name: 'Clear bronze and history' }).click();
  const notice = clearDialog(page).getByRole('alert', { name: 'Nothing was cleared' });
  await expect(notice).toContainText(`Run ${runId} is landing into bronze; wait for it to finish or cancel it`);
  await expect(clearDialog(page)).toBeVisible();
});
