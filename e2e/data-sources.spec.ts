/**
 * The data pages show one source at a time. After runs at 1,040 and then 128 tags, bronze holds
 * both tiers' servers (PISRV-T<n> and AFSRV-T<n>, WebIds never shared): each page opens on the one
 * landed last, lists both, and shows only the chosen server's tags, elements and frames.
 */
import type { Page } from '@playwright/test';
import { formatCount } from '../lib/client/format';
import { expect, test } from './fixtures';
import { assetSourceOrThrow, bronzeSources, type SourcesBody } from './support/bronze-sources';

// Tree items read "▸SydneyPlant · 4 children": the name follows the twisty.
const CITIES = [/Brisbane/, /Melbourne/, /Perth/, /Sydney/];
const PLANTS = Array.from({ length: 10 }, (_, i) => new RegExp(`Plant_${String(i + 1).padStart(2, '0')}`));
const UNITS_128 = [/Unit01/, /Unit02/, /Unit03/, /Unit04/];
/** A tag only the 1,040-tag server has. */
const TAG_1040 = 'Plant_07_Unit13_Voltage';

test('after runs at 1,040 and 128 tags, each page opens on the 128-tag server and switches to the other', async ({
  runsApi,
  afPage,
  eventFrames,
  granularity,
  page,
}) => {
  test.setTimeout(300_000);
  const big = await runsApi.finish({ tier: 1040, modes: ['batch'] });
  const small = await runsApi.finish({ tier: 128, modes: ['batch'] });
  const afElements = (run: { afElements: number | null }) => formatCount(run.afElements ?? Number.NaN);

  await test.step('the AF page opens on AFSRV-T128: four cities of four units, the run’s element count', async () => {
    await afPage.open();
    await expect(afPage.source.select).toHaveValue(String((await assetSourceOrThrow(page.request, 'AFSRV-T128')).key));
    await expect(afPage.source.select.getByRole('option').first()).toHaveText(/^AFSRV-T128\\Production · /);
    await expect(afPage.source.option('AFSRV-T1040')).toHaveCount(1);
    await expect(afPage.elementCount).toHaveText(afElements(small));
    await expect(afPage.itemsAtLevel(1)).toHaveText(CITIES);
    await afPage.tree.getByRole('treeitem', { name: /Sydney/ }).click();
    await expect(afPage.itemsAtLevel(2)).toHaveText(UNITS_128);
  });

  await test.step('choosing AFSRV-T1040 shows its plants and its count, and the URL keeps the choice', async () => {
    const key = (await assetSourceOrThrow(page.request, 'AFSRV-T1040')).key;
    await afPage.source.choose('AFSRV-T1040');
    await expect(page).toHaveURL(new RegExp(`[?&]asset=${key}(&|$)`));
    await expect(afPage.elementCount).toHaveText(afElements(big));
    await expect(afPage.itemsAtLevel(1)).toHaveText(PLANTS);
    // The tree starts afresh for the new server: nothing of Sydney's stays open.
    await expect(afPage.itemsAtLevel(2)).toHaveCount(0);
    await page.reload();
    await expect(afPage.source.select).toHaveValue(String(key));
    await expect(afPage.itemsAtLevel(1)).toHaveText(PLANTS);
    await expect(afPage.levelsChart).toHaveAttribute('aria-label', new RegExp(`; ${afElements(big)} in all$`));
  });

  await test.step('the event-frame page follows the AF server chosen there, with each server’s own frame count', async () => {
    const sources = await bronzeSources(page.request);
    const frames = (name: string) => formatCount(sources.assetSources.find((s) => s.serverName === name)?.frameCount ?? Number.NaN);
    await eventFrames.open();
    await expect(eventFrames.frameCount).toHaveText(frames('AFSRV-T128'));
    await eventFrames.source.choose('AFSRV-T1040');
    await expect(eventFrames.frameCount).toHaveText(frames('AFSRV-T1040'));
    await expect(eventFrames.rows().first()).toBeVisible();
  });

  await test.step('the granularity page finds a 1,040-tier tag only with PISRV-T1040 chosen', async () => {
    const sources = await bronzeSources(page.request);
    const values = (name: string) => formatCount(sources.dataSources.find((s) => s.serverName === name)?.rowCount ?? Number.NaN);
    await granularity.open();
    await expect(granularity.source.option('PISRV-T128')).toHaveText(/^PISRV-T128 · 128 tags, /);
    await expect(granularity.quality('total')).toHaveText(values('PISRV-T128'));
    await granularity.search(TAG_1040);
    await expect(page.getByRole('status').filter({ hasText: `No tag of this PI server matches “${TAG_1040}”.` })).toBeVisible();
    await granularity.source.choose('PISRV-T1040');
    await expect(page).toHaveURL(/[?&]source=\d+(&|$)/);
    await expect(granularity.quality('total')).toHaveText(values('PISRV-T1040'));
    await granularity.pickTag(TAG_1040);
    await expect(granularity.seriesHeading).toHaveText(`Raw values: ${TAG_1040}`);
    await expect(granularity.seriesChart).toHaveAttribute('aria-label', new RegExp(`^Raw values of ${TAG_1040}: [\\d,]+ values`));
    await granularity.tagInput.fill('');
    await granularity.search('Sydney_Unit01_Temp');
    await expect(page.getByRole('status').filter({ hasText: 'No tag of this PI server matches “Sydney_Unit01_Temp”.' })).toBeVisible();
  });
});

test.describe('the source picker with one source, none, or a link to one that is gone', () => {
  /** The real answer, cut down to what a spec wants bronze to hold. */
  async function serveSources(page: Page, cut: (real: SourcesBody) => SourcesBody): Promise<void> {
    await page.route(
      (url) => url.pathname === '/api/bronze/sources',
      async (route) => route.fulfill({ json: cut((await (await route.fetch()).json()) as SourcesBody) }),
    );
  }

  test('one AF database: its name as text, no select', async ({ afPage, page }) => {
    await serveSources(page, (real) => {
      const only = real.assetSources.filter((s) => s.serverName === 'AFSRV-T128');
      return { ...real, assetSources: only, defaultAsset: only[0]?.key ?? null };
    });
    await afPage.open();
    await expect(afPage.source.onlySource).toHaveText(/^AFSRV-T128\\Production · [\d,]+ elements, [\d,]+ event frames$/);
    await expect(afPage.source.select).toHaveCount(0);
    await expect(afPage.itemsAtLevel(1)).toHaveText(CITIES);
  });

  test('no source: each page says what to run first', async ({ afPage, eventFrames, granularity, page }) => {
    await serveSources(page, () => ({ dataSources: [], assetSources: [], defaultSource: null, defaultAsset: null }));
    await afPage.open();
    await expect(page.getByText('No AF elements in bronze yet: run an extraction with the AF hierarchy on the Run page')).toBeVisible();
    await expect(afPage.tree).toHaveCount(0);
    await eventFrames.open();
    await expect(page.getByText('No event frames in bronze yet: run an extraction with event frames on the Run page')).toBeVisible();
    await granularity.open();
    await expect(page.getByText('No values in bronze yet: run an extraction on the Run page.')).toBeVisible();
    await expect(granularity.tagInput).toHaveCount(0);
  });

  test('a link to a source bronze does not hold shows the one landed last and says so', async ({ afPage, page }) => {
    const sources = await bronzeSources(page.request);
    await page.goto('/af?asset=987654');
    await expect(page.getByRole('status').filter({ hasText: 'The link asks for AF server 987654, which bronze does not hold' })).toBeVisible();
    await expect(afPage.source.select.or(afPage.source.onlySource)).toBeVisible();
    await expect(afPage.elementCount).toHaveText(formatCount(sources.assetSources[0]?.elementCount ?? Number.NaN));
  });

  test('a failing sources call offers Retry, and Retry recovers', async ({ afPage, page }) => {
    const sourcesCall = (url: URL) => url.pathname === '/api/bronze/sources';
    await page.route(sourcesCall, (route) =>
      route.fulfill({ status: 503, json: { error: { code: 'unavailable', message: 'Bronze cannot be read right now: file in use' } } }),
    );
    await afPage.open();
    const alert = page.getByRole('alert', { name: 'Sources in bronze could not be listed' });
    await expect(alert).toContainText('Bronze cannot be read right now: file in use');
    await page.unroute(sourcesCall);
    await alert.getByRole('button', { name: 'Retry' }).click();
    await expect(afPage.itemsAtLevel(1).first()).toBeVisible();
  });
});
