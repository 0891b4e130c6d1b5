/**
 * Issue 12, points 1-4 on the Run page, at the two screens a presenter uses: projections that
 * wait for enough data and then hold, settings that stay, repeats with a median and a spread, and
 * one screen holding everything that moves during a run (plus full screen).
 */
import { expect, test } from './fixtures';
import type { RunPage } from './pages/run-page';

/** The most a shown projection may move from its first appearance to the final figure (lib/runs/projection-rule.ts). */
const MAX_FACTOR = 2;

const VIEWPORTS = [
  { width: 1366, height: 768 },
  { width: 1920, height: 1080 },
] as const;

async function expectStageInView(runPage: RunPage): Promise<void> {
  await runPage.scrollToTop();
  await runPage.expectInViewport(runPage.runButton);
  for (const mode of ['Batch', 'Streamsets', 'Sequential'] as const) await runPage.expectInViewport(runPage.progress(mode));
  await runPage.expectInViewport(runPage.speedupArea);
  await runPage.expectInViewport(runPage.resultArea);
}

for (const viewport of VIEWPORTS) {
  test.describe(`at ${viewport.width}x${viewport.height}`, () => {
    test.use({ viewport });

    test('during a 1,040-tag run everything that moves is on one screen, and the projection waits, then holds', async ({ runPage }) => {
      test.setTimeout(240_000);
      await runPage.open();
      // WAN keeps sequential going for ~30 s: long enough to watch the projection form.
      const answer = await runPage.runWith({ tier: '1,040 tags', modes: ['Batch', 'Streamsets', 'Sequential'], profile: 'WAN', budgetSeconds: '300' });
      expect(answer.status()).toBe(202);
      await expect(runPage.cancelButton).toBeVisible();
      await expectStageInView(runPage);

      // Batch and streamsets done, sequential under way but short of the rule: words stand where
      // the figure will be (the page shows one or the other, never both).
      await expect(runPage.speedupPending).toContainText('Projection appears once sequential has 50 tags and 2 s measured', { timeout: 60_000 });

      await expect(runPage.speedupKind).toHaveText('projected', { timeout: 60_000 });
      const first = await runPage.speedupFactor();
      const sequentialTags = Number(await runPage.progress('Sequential').getAttribute('aria-valuenow'));
      expect(sequentialTags).toBeGreaterThanOrEqual(50);
      await expectStageInView(runPage);

      await expect(runPage.status).toHaveText('Finished: 1,040 tags', { timeout: 120_000 });
      await expect(runPage.speedupKind).toHaveText('measured');
      const final = await runPage.speedupFactor();
      expect(Math.max(first / final, final / first)).toBeLessThanOrEqual(MAX_FACTOR);
      await expect(runPage.resultChart).toBeVisible();
      await runPage.expectInViewport(runPage.resultArea);
    });

    test('settings survive reload and navigation, Run sends what is shown, and a shown run keeps its own settings', async ({ runPage, page }) => {
      test.setTimeout(120_000);
      await runPage.open();
      await runPage.choose({ profile: 'LAN', modes: ['Batch', 'Sequential'], faults: 'none', budgetSeconds: '45', partitions: '1 (no split)', repeat: 'once' });
      await expect(page).toHaveURL(/profile=lan/);
      await expect(page).toHaveURL(/budget=45/);

      const expectForm = async (profile: 'LAN' | 'WAN', budget: string, faults: string) => {
        await expect(runPage.profile(profile)).toBeChecked();
        await expect(runPage.budget).toHaveValue(budget);
        await expect(runPage.faults).toHaveValue(faults);
        await expect(runPage.mode('Streamsets')).not.toBeChecked();
      };
      await page.reload();
      await expectForm('LAN', '45', '0');
      // Away and back through the navigation: no query in the link, local storage brings them back.
      await page.getByRole('link', { name: 'History', exact: true }).click();
      await expect(page.getByRole('heading', { level: 1, name: 'History' })).toBeVisible();
      await page.getByRole('link', { name: 'Run', exact: true }).click();
      await expectForm('LAN', '45', '0');

      const sent = page.waitForRequest((r) => new URL(r.url()).pathname === '/api/runs' && r.method() === 'POST');
      await runPage.start();
      expect((await sent).postDataJSON()).toMatchObject({ tier: 128, networkProfile: 'lan', faultRate: 0, sequentialBudgetSeconds: 45, modes: ['batch', 'sequential'], repeats: 1 });
      await expect(runPage.status).toHaveText('Finished: 128 tags', { timeout: 60_000 });
      await expect(runPage.shownSettings).toContainText('128 tags · LAN (+1 ms) · no faults · Batch + Sequential · sequential budget 45 s · once');
      await expect(runPage.shownSettings).toContainText(/last hour, \d\d:\d\d–\d\d:\d\d UTC/);

      // The form moves on; the run on screen still says what it ran with, after a reload too.
      await runPage.choose({ profile: 'WAN', faults: '5% (503/429)', budgetSeconds: '20' });
      await expect(runPage.shownSettings).toContainText('LAN (+1 ms) · no faults');
      await page.reload();
      await expect(runPage.status).toHaveText('Finished: 128 tags');
      await expect(runPage.shownSettings).toContainText('LAN (+1 ms) · no faults · Batch + Sequential · sequential budget 45 s');
      await expectForm('WAN', '20', '0.05');
    });

    test('Repeat 3 shows the median and the spread, and History lists the three repeats', async ({ runPage, page }) => {
      test.setTimeout(180_000);
      await runPage.open();
      const answer = await runPage.runWith({ tier: '1,040 tags', modes: ['Batch', 'Sequential'], profile: 'Loopback', budgetSeconds: '300', repeat: '3 times' });
      expect(answer.status()).toBe(202);
      await expect(page.getByTestId('run-repeat')).toContainText(/Repeat [1-3] of 3/);
      await expect(runPage.status).toHaveText('Finished: 1,040 tags', { timeout: 150_000 });
      await expect(page.getByTestId('run-repeat')).toHaveText(/^3 repeats: \d+(\.\d)?×, \d+(\.\d)?×, \d+(\.\d)?×$/);
      await expect(runPage.page.getByTestId('speedup-area')).toContainText('median of 3 repeats');
      await expect(runPage.speedupSpread).toHaveText(/^range \d+(\.\d)?×–\d+(\.\d)?×$/);
      for (const mode of ['batch', 'sequential']) {
        await expect(page.getByTestId(`mode-spread-${mode}`)).toContainText(/median .+ · range .+–.+ · 3 repeats/);
      }
      await expect(runPage.shownSettings).toContainText('3 repeats');

      await page.getByRole('link', { name: 'History', exact: true }).click();
      const newest = page.getByRole('table').getByRole('row').nth(1);
      const repeats = newest.getByRole('list', { name: '3 repeats' }).getByRole('listitem');
      await expect(repeats).toHaveCount(3);
      await expect(repeats.first()).toHaveAccessibleName(/^Repeat 1 of 3: speed-up \d+(\.\d)?×; Batch .+, Sequential .+$/);
    });

    test('the full-screen toggle hides the chrome and gives it back', async ({ runPage, page }) => {
      await runPage.open();
      await expect(runPage.fullScreen).toHaveAttribute('aria-pressed', 'false');
      await runPage.fullScreen.click();
      await expect(runPage.fullScreen).toHaveAttribute('aria-pressed', 'true');
      await expect(page.getByRole('banner')).toBeHidden();
      await expect(page.getByRole('form', { name: 'Run settings' })).toBeHidden();
      await runPage.expectInViewport(runPage.runButton);
      await runPage.expectInViewport(runPage.resultArea);
      await runPage.fullScreen.click();
      await expect(runPage.fullScreen).toHaveAttribute('aria-pressed', 'false');
      await expect(page.getByRole('banner')).toBeVisible();
    });
  });
}
