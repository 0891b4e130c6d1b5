import { expectChartDrawn } from './support/chart-pixels';
import { downloadCsv } from './support/csv-download';
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

  test('the partitions chart draws the share counts runs measured as processes, the ideal only as a reference', async ({ performance, request, page }) => {
    test.setTimeout(240_000);
    await stopRunningRuns(request);
    const settings = { tier: 1040, networkProfile: 'loopback', modes: ['batch'], sequentialBudgetSeconds: 30, includeAssets: false } as const;
    const single = await finishedRunOrThrow(request, { ...settings, partitions: 1 });
    const split = await finishedRunOrThrow(request, { ...settings, partitions: 2 });
    await performance.open(split);
    await expectChartDrawn(performance.partitionsChart);
    await expect(performance.partitionsNone).toHaveCount(0);
    const csv = await downloadCsv(page, 'Measured time to extract 1,040 tags with 1, 2, 5, 10 or 20 shares, per mode');
    expect(csv.header).toEqual(['mode', 'shares', 'figure', 'tags', 'time (s)', 'speed-up vs 1 share', 'run', 'process kind', 'ideal reference (s; not measured)']);
    const batch = csv.rows.filter((r) => r[0] === 'Batch');
    // Every count has a row; other specs may have measured more of them at this tier (partitions.spec.ts: 10).
    expect(batch.map((r) => r[1])).toEqual(['1', '2', '5', '10', '20']);
    const one = batch.find((r) => r[1] === '1');
    const two = batch.find((r) => r[1] === '2');
    expect([one?.[2], two?.[2]]).toEqual(['measured', 'measured']);
    expect([one?.[6], one?.[7], one?.[3]]).toEqual([single, 'in-process', '1040']);
    expect([two?.[6], two?.[7], two?.[3]]).toEqual([split, 'local-processes', '1040']);
    // The reference is the measured 1-share time halved, never a measurement of its own.
    expect(Number(two?.[8])).toBeCloseTo(Number(one?.[4]) / 2, 2);
    expect(Number(two?.[5])).toBeCloseTo(Number(one?.[4]) / Number(two?.[4]), 1);
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
