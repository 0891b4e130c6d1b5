/**
 * The three "from bronze" pages against the bronze file seeded before the server started
 * (support/seed-bronze.ts: a day of the 128-tag mock with its AF hierarchy and event frames).
 * They open that seeded server by name: other specs land other tiers, and a page shows one
 * server at a time (the one landed last unless the URL names another; see data-sources.spec.ts).
 */
import type { Request } from '@playwright/test';
import { EF_TEMPLATES } from '../lib/pi-mock/event-frames/ef-templates';
import { expect, test } from './fixtures';
import { assetSourceOrThrow, dataSourceOrThrow } from './support/bronze-sources';
import { expectChartDrawn } from './support/chart-pixels';

const SEEDED_DATA = 'PISRV-T128';
const SEEDED_ASSETS = 'AFSRV-T128';

/** A route's path alone: the page adds `?asset=` / `?source=` to every bronze call. */
const bronzePath = (path: string) => (url: URL) => url.pathname === `/api/bronze/${path}`;
const isBronzeCall = (path: string, param: string) => (request: Request) => {
  const url = new URL(request.url());
  return url.pathname === `/api/bronze/${path}` && url.searchParams.has(param);
};

test.describe('Granularity, from bronze', () => {
  test('draws the first tag’s raw series and the sampling intervals, with quality percentages', async ({ granularity }) => {
    await granularity.open(SEEDED_DATA);
    await expectChartDrawn(granularity.seriesChart);
    await expectChartDrawn(granularity.intervalsChart);
    // The mock samples on a 60 s grid: the median interval says so.
    await expect(granularity.page.getByTestId('granularity-median-interval')).toHaveText('60 s');
    await expect(granularity.quality('good')).toHaveText(/^\d{1,3}\.\d$/);
    await expect(granularity.quality('questionable')).toHaveText(/^\d{1,3}\.\d$/);
    await expect(granularity.quality('total')).toHaveText(/^\d{1,3}(,\d{3})+$/);
  });

  test('the tag picker searches the server and charts the picked tag', async ({ granularity }) => {
    await granularity.open(SEEDED_DATA);
    await expectChartDrawn(granularity.seriesChart);
    // 128 names contain "Unit": the list shows one screenful and says more match.
    await granularity.search('Unit');
    await expect(granularity.options).toHaveCount(20);
    await expect(granularity.page.getByRole('status').filter({ hasText: 'more match' })).toBeVisible();
    await granularity.tagInput.fill('');
    await granularity.search('Unit03_Temp');
    await expect(granularity.options).toHaveText([
      /^Brisbane_Unit03_Temperature/,
      /^Melbourne_Unit03_Temperature/,
      /^Perth_Unit03_Temperature/,
      /^Sydney_Unit03_Temperature/,
    ]);
    await expect(granularity.page.getByRole('status').filter({ hasText: '4 tags shown.' })).toBeVisible();
    await granularity.tagInput.fill('');
    await granularity.pickTag('Perth_Unit03_Pressure');
    await expect(granularity.seriesHeading).toHaveText('Raw values: Perth_Unit03_Pressure');
    await expect(granularity.seriesChart).toHaveAttribute('aria-label', /^Raw values of Perth_Unit03_Pressure: [\d,]+ values/);
    await expectChartDrawn(granularity.seriesChart);
  });

  test('a tag that matches nothing says so', async ({ granularity }) => {
    await granularity.open(SEEDED_DATA);
    await granularity.search('NoSuchTag');
    await expect(granularity.page.getByRole('status').filter({ hasText: 'No tag of this PI server matches “NoSuchTag”.' })).toBeVisible();
    await expect(granularity.options).toHaveCount(0);
  });
});

test.describe('AF hierarchy, from bronze', () => {
  test('draws levels and templates, and loads a level of the tree only when it is opened', async ({ afPage, page }) => {
    await afPage.open(SEEDED_ASSETS);
    await expectChartDrawn(afPage.levelsChart);
    await expectChartDrawn(afPage.templatesChart);
    await expectChartDrawn(afPage.treeChart);
    await expect(afPage.itemsAtLevel(1)).toHaveText([/Brisbane/, /Melbourne/, /Perth/, /Sydney/]);
    await expect(afPage.itemsAtLevel(2)).toHaveCount(0);

    const perth = afPage.tree.getByRole('treeitem', { name: /^Perth/ });
    await expect(perth).toHaveAttribute('aria-expanded', 'false');
    const childrenRequest = page.waitForRequest(isBronzeCall('af/children', 'parent'));
    // Keyboard: focus the tree, walk to Perth, open it with the right arrow.
    await afPage.itemsAtLevel(1).first().focus();
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    await expect(perth).toBeFocused();
    await page.keyboard.press('ArrowRight');
    await childrenRequest;
    await expect(perth).toHaveAttribute('aria-expanded', 'true');
    await expect(afPage.itemsAtLevel(2)).toHaveText([/Unit01/, /Unit02/, /Unit03/, /Unit04/]);
    await expect(afPage.treeChart).toHaveAttribute('aria-label', 'AF tree: 8 elements shown');

    // Open a unit with a click: its equipment appears a level deeper.
    await afPage.itemsAtLevel(2).first().click();
    await expect(afPage.itemsAtLevel(3).first()).toBeVisible();
  });

  test('a failed load offers Retry, and Retry recovers', async ({ afPage, page }) => {
    const levels = bronzePath('af/levels');
    await page.route(levels, (route) =>
      route.fulfill({ status: 503, json: { error: { code: 'unavailable', message: 'Bronze cannot be read right now: file in use' } } }),
    );
    await afPage.open(SEEDED_ASSETS);
    const alert = page.getByRole('alert', { name: 'AF levels could not be loaded' });
    await expect(alert).toContainText('Bronze cannot be read right now: file in use');
    await page.unroute(levels);
    await alert.getByRole('button', { name: 'Retry' }).click();
    await expectChartDrawn(afPage.levelsChart);
  });

  test('an empty bronze says what to run first', async ({ afPage, page }) => {
    await page.route(bronzePath('af/levels'), (route) => route.fulfill({ json: { levels: [] } }));
    await afPage.open(SEEDED_ASSETS);
    await expect(page.getByText('No AF elements in bronze yet: run an extraction with the AF hierarchy on the Run page')).toBeVisible();
    await expect(afPage.levelsChart).toHaveCount(0);
  });
});

test.describe('Event frames, from bronze', () => {
  test('draws counts, durations and the timeline', async ({ eventFrames }) => {
    await eventFrames.open(SEEDED_ASSETS);
    await expectChartDrawn(eventFrames.templatesChart);
    await expectChartDrawn(eventFrames.durationsChart);
    await expectChartDrawn(eventFrames.timelineChart);
    // Human units, never "2.2 h": "2 h 12 min", "45 min", "38.5 s".
    await expect(eventFrames.page.getByTestId('ef-median-duration')).toHaveText(/^(\d+(\.\d)? s|\d+ (min|h|d)( \d+ (s|min|h))?)$/);
  });

  test('the table shows each frame’s attribute values, filtered by template', async ({ eventFrames }) => {
    await eventFrames.open(SEEDED_ASSETS);
    await expect(eventFrames.rows().first()).toBeVisible();
    const template = (await eventFrames.rows().first().getByRole('cell').first().textContent()) ?? '';
    const spec = EF_TEMPLATES.find((t) => t.name === template);
    expect(spec, `template ${template} of the first row`).toBeDefined();

    await eventFrames.filterBy(template);
    await expect(eventFrames.page.getByRole('heading', { name: `Frames: ${template}` })).toBeVisible();
    const first = eventFrames.rows().first();
    await expect(first.getByRole('term')).toHaveText((spec?.attributes.map((a) => a.name) ?? []).sort());
    for (const value of await first.getByRole('definition').all()) await expect(value).not.toHaveText(/^(|–)$/);
    // The heading switches before the refetch lands: wait until the rows shown are all of the template.
    const rows = eventFrames.rows();
    const others = rows.filter({ hasNot: eventFrames.page.getByRole('cell', { name: template, exact: true }) });
    await expect.poll(async () => ({ shown: (await rows.count()) > 0, others: await others.count() })).toEqual({ shown: true, others: 0 });
  });
});

test.describe('GET /api/bronze/* rejects bad input with a 400 naming the parameter', () => {
  for (const [url, message] of [
    ['/api/bronze/series', 'webId: required: the WebId of a tag in bronze'],
    ['/api/bronze/tags?limit=0', 'limit: expected a whole number from 1 to 200'],
    ['/api/bronze/event-frames/timeline?start=2024-01-02T00:00:00Z&end=2024-01-01T00:00:00Z', 'end: must not be before start'],
    ['/api/bronze/event-frames/details?offset=-1', 'offset: expected a whole number from 0 to 1000000000'],
    ['/api/bronze/tags?source=1.5', 'source: expected a whole number: a key listed by GET /api/bronze/sources'],
    ['/api/bronze/af/levels?asset=AFSRV-T128', 'asset: expected a whole number: a key listed by GET /api/bronze/sources'],
  ] as const) {
    test(url, async ({ request }) => {
      const response = await request.get(url);
      expect(response.status()).toBe(400);
      expect(((await response.json()) as { error: { code: string; message: string } }).error).toMatchObject({ code: 'invalid_input', message });
    });
  }

  test('tags answer one screenful and say more match', async ({ request }) => {
    const { key } = await dataSourceOrThrow(request, SEEDED_DATA);
    const response = await request.get(`/api/bronze/tags?source=${key}&search=unit&limit=5`);
    expect(response.status()).toBe(200);
    const body = (await response.json()) as { tags: { name: string }[]; more: boolean };
    expect(body.tags.map((t) => t.name)).toEqual([
      'Brisbane_Unit01_Current',
      'Brisbane_Unit01_Flow',
      'Brisbane_Unit01_Level',
      'Brisbane_Unit01_Power',
      'Brisbane_Unit01_Pressure',
    ]);
    expect(body.more).toBe(true);
  });
});

test.describe('GET /api/bronze/* reads one source at a time', () => {
  for (const [path, param, kind] of [
    ['tags', 'source', 'PI data source'],
    ['series?webId=W', 'source', 'PI data source'],
    ['intervals', 'source', 'PI data source'],
    ['quality', 'source', 'PI data source'],
    ['af/levels', 'asset', 'AF source'],
    ['af/templates', 'asset', 'AF source'],
    ['af/children', 'asset', 'AF source'],
    ['event-frames/templates', 'asset', 'AF source'],
    ['event-frames/durations', 'asset', 'AF source'],
    ['event-frames/timeline', 'asset', 'AF source'],
    ['event-frames/details', 'asset', 'AF source'],
    ['event-frames/search', 'asset', 'AF source'],
  ] as const) {
    test(`${path} answers 404 naming ${param} for a key bronze does not hold`, async ({ request }) => {
      const response = await request.get(`/api/bronze/${path}${path.includes('?') ? '&' : '?'}${param}=987654`);
      expect(response.status()).toBe(404);
      expect(await response.json()).toEqual({
        error: { code: 'not_found', message: `${param}: no ${kind} 987654 in bronze (GET /api/bronze/sources lists them)` },
      });
    });
  }

  test('sources lists the seeded servers with their counts, and a key narrows a route to its source', async ({ request }) => {
    const data = await dataSourceOrThrow(request, SEEDED_DATA);
    const assets = await assetSourceOrThrow(request, SEEDED_ASSETS);
    expect(data.tagCount).toBe(128);
    expect(assets.databaseName).toBe('Production');
    const levels = await request.get(`/api/bronze/af/levels?asset=${assets.key}`);
    expect(levels.status()).toBe(200);
    const body = (await levels.json()) as { levels: { depth: number; count: number }[] };
    expect(body.levels.reduce((n, l) => n + l.count, 0)).toBe(assets.elementCount);
  });
});
