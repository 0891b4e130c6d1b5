/**
 * The three "from bronze" pages against the bronze file seeded before the server started
 * (support/seed-bronze.ts: a day of the 128-tag mock with its AF hierarchy and event frames).
 */
import { EF_TEMPLATES } from '../lib/pi-mock/event-frames/ef-templates';
import { expect, test } from './fixtures';
import { expectChartDrawn } from './support/chart-pixels';

test.describe('Granularity, from bronze', () => {
  test('draws the first tag’s raw series and the sampling intervals, with quality percentages', async ({ granularity }) => {
    await granularity.open();
    await expectChartDrawn(granularity.seriesChart);
    await expectChartDrawn(granularity.intervalsChart);
    // The mock samples on a 60 s grid: the median interval says so.
    await expect(granularity.page.getByTestId('granularity-median-interval')).toHaveText('60 s');
    await expect(granularity.quality('good')).toHaveText(/^\d{1,3}\.\d$/);
    await expect(granularity.quality('questionable')).toHaveText(/^\d{1,3}\.\d$/);
    await expect(granularity.quality('total')).toHaveText(/^\d{1,3}(,\d{3})+$/);
  });

  test('the tag picker searches the server and charts the picked tag', async ({ granularity }) => {
    await granularity.open();
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
    await granularity.open();
    await granularity.search('NoSuchTag');
    await expect(granularity.page.getByRole('status').filter({ hasText: 'No tag in bronze matches “NoSuchTag”.' })).toBeVisible();
    await expect(granularity.options).toHaveCount(0);
  });
});

test.describe('AF hierarchy, from bronze', () => {
  test('draws levels and templates, and loads a level of the tree only when it is opened', async ({ afPage, page }) => {
    await afPage.open();
    await expectChartDrawn(afPage.levelsChart);
    await expectChartDrawn(afPage.templatesChart);
    await expectChartDrawn(afPage.treeChart);
    await expect(afPage.itemsAtLevel(1)).toHaveText([/Brisbane/, /Melbourne/, /Perth/, /Sydney/]);
    await expect(afPage.itemsAtLevel(2)).toHaveCount(0);

    const perth = afPage.tree.getByRole('treeitem', { name: /^Perth/ });
    await expect(perth).toHaveAttribute('aria-expanded', 'false');
    const childrenRequest = page.waitForRequest((r) => r.url().includes('/api/bronze/af/children?parent='));
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
    await page.route('**/api/bronze/af/levels', (route) =>
      route.fulfill({ status: 503, json: { error: { code: 'unavailable', message: 'Bronze cannot be read right now: file in use' } } }),
    );
    await afPage.open();
    const alert = page.getByRole('alert', { name: 'AF levels could not be loaded' });
    await expect(alert).toContainText('Bronze cannot be read right now: file in use');
    await page.unroute('**/api/bronze/af/levels');
    await alert.getByRole('button', { name: 'Retry' }).click();
    await expectChartDrawn(afPage.levelsChart);
  });

  test('an empty bronze says what to run first', async ({ afPage, page }) => {
    await page.route('**/api/bronze/af/levels', (route) => route.fulfill({ json: { levels: [] } }));
    await afPage.open();
    await expect(page.getByText('No AF elements in bronze yet: run an extraction with the AF hierarchy on the Run page')).toBeVisible();
    await expect(afPage.levelsChart).toHaveCount(0);
  });
});

test.describe('Event frames, from bronze', () => {
  test('draws counts, durations and the timeline', async ({ eventFrames }) => {
    await eventFrames.open();
    await expectChartDrawn(eventFrames.templatesChart);
    await expectChartDrawn(eventFrames.durationsChart);
    await expectChartDrawn(eventFrames.timelineChart);
    await expect(eventFrames.page.getByTestId('ef-median-duration')).toHaveText(/^\d+(\.\d)? (s|min|h|d)$/);
  });

  test('the table shows each frame’s attribute values, filtered by template', async ({ eventFrames }) => {
    await eventFrames.open();
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
  ] as const) {
    test(url, async ({ request }) => {
      const response = await request.get(url);
      expect(response.status()).toBe(400);
      expect(((await response.json()) as { error: { code: string; message: string } }).error).toMatchObject({ code: 'invalid_input', message });
    });
  }

  test('tags answer one screenful and say more match', async ({ request }) => {
    const response = await request.get('/api/bronze/tags?search=unit&limit=5');
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
