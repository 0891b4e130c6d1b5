import { expect, test } from './fixtures';
import { finishedRunOrThrow, stopRunningRuns } from './support/runs';

test.describe('bytes on the wire', () => {
  test('a run shows its bytes per mode, and what gzip saves once a run was made without it', async ({ runPage, request }) => {
    test.setTimeout(180_000);
    await stopRunningRuns(request);
    await runPage.open();
    for (const gzip of [true, false]) {
      const answer = await runPage.runWith({ tier: '128 tags', modes: ['Batch'], profile: 'Loopback', gzip, selectedFields: true });
      expect(answer.status()).toBe(202);
      // Both runs end with the same status text, so the text alone cannot tell the second run
      // from the first: wait on this run's own id, then on the page.
      const { runId } = (await answer.json()) as { runId: string };
      await expect
        .poll(async () => ((await (await request.get(`/api/runs/${runId}`)).json()) as { status: string }).status, { timeout: 120_000, message: `run ${runId} status` })
        .toBe('finished');
      await expect(runPage.status).toHaveText('Finished: 128 tags', { timeout: 30_000 });
    }
    // The disclosure appears once the history holds the run's figures; until then the only
    // "Bytes on the wire" text is the settings' legend, and a click there opens nothing.
    await runPage.page.locator('summary', { hasText: /^Bytes on the wire$/ }).click();
    const panel = runPage.page.getByTestId('wire-bytes');
    // Gzip off: every byte received is a byte decoded.
    await expect(panel.getByRole('row', { name: /^Batch .* 1\.0×$/ })).toBeVisible({ timeout: 15_000 });
    await expect(panel).toContainText(/gzip \(measured against run \S+, made the other way\): Batch [\d.]+ B\/value on the wire with it, [\d.]+ without/);
    await expect(panel).toContainText('What selectedFields saves: not measured yet.');
  });

  test('the Performance page shows the bytes of the run it shows', async ({ performance, request }) => {
    test.setTimeout(120_000);
    await stopRunningRuns(request);
    const runId = await finishedRunOrThrow(request, { tier: 128, modes: ['batch'], includeAssets: false, gzip: true });
    await performance.open(runId);
    const panel = performance.page.getByTestId('wire-bytes');
    await expect(panel.getByRole('row', { name: /^Batch \S+ \S+ \S+ \S+ \d+(\.\d)?×$/ })).toBeVisible();
  });
});
