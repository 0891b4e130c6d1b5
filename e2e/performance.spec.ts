import { expectChartDrawn } from './support/chart-pixels';
import { finishedRunOrThrow, stopRunningRuns } from './support/runs';
import { expect, test } from './fixtures';

test.describe('performance page', () => {
  test('every chart of a finished run draws, with the speed-up and the SLA projection', async ({ performance, request }) => {
    test.setTimeout(180_000);
    await stopRunningRuns(request);
    const runId = await finishedRunOrThrow(request, { tier: 1040, modes: ['batch', 'sequential'], sequentialBudgetSeconds: 300, includeAssets: false });
    await performance.open(runId);
    for (const chart of performance.charts) await expectChartDrawn(chart);
    await expect(performance.speedup).toHaveText(/^\d+(\.\d+)?×$/);
    await expect(performance.runPicker).toHaveValue(runId);
    await expect(performance.page.getByText('projected from 1,040 measured tags', { exact: false }).first()).toBeVisible();
    const [download] = await Promise.all([
      performance.page.waitForEvent('download'),
      performance.page.getByRole('button', { name: 'Download Measured extraction time per mode as PNG' }).click(),
    ]);
    expect(download.suggestedFilename()).toBe(`time-per-mode-${runId}.png`);
  });

  test('a failing runs API shows an error with a working Retry', async ({ performance, page }) => {
    await page.route('/api/runs', (route) => route.fulfill({ status: 500, json: { error: { code: 'internal', message: 'Internal error; see the server log.' } } }));
    await performance.open();
    const alert = page.getByRole('alert', { name: 'Runs could not be loaded' });
    await expect(alert).toContainText('Internal error; see the server log.', { timeout: 15_000 });
    await page.unroute('/api/runs');
    await alert.getByRole('button', { name: 'Retry' }).click();
    await expect(alert).toHaveCount(0);
  });
});
