/**
 * Charts that read at every scale (issue 12, points 4-6), at both presenter screens: after a
 * 30,240-tag run on WAN (batch and streamsets take seconds, sequential is projected to a quarter
 * of an hour) the fast modes' bars are tens of pixels long, no label is clipped or printed over
 * another, ticks are human; the event-frame page after a 1,040-tag run shows a week of mostly
 * ended frames in lanes that never cover each other; every chart's CSV downloads and parses.
 */
import type { Locator } from '@playwright/test';
import { expect, test } from './fixtures';
import { assetSourceOrThrow } from './support/bronze-sources';
import { barOverlaps, chartText, expectLabelsClear, rowBarLengths, textInFrame, timelineBars, valueAxisType } from './support/chart-geometry';
import { expectChartDrawn } from './support/chart-pixels';
import { downloadCsv } from './support/csv-download';
import { finishedRunOrThrow, stopRunningRuns } from './support/runs';

const VIEWPORTS = [
  { width: 1366, height: 768 },
  { width: 1920, height: 1080 },
] as const;

/** A bar a presenter can point at; a 1-2 px sliver fails it. */
const VISIBLE_BAR_PX = 40;

const BIG_RUN = { tier: 30_240, networkProfile: 'wan', modes: ['batch', 'streamsets', 'sequential'], sequentialBudgetSeconds: 5 } as const;
/** Long enough on WAN (sequential reads for 8 s) that the Performance page sees it running. */
const LIVE_RUN = { tier: 1_040, networkProfile: 'wan', modes: ['batch', 'sequential'], sequentialBudgetSeconds: 8 } as const;

let bigRunId = '';

test.beforeAll(async ({ playwright }, testInfo) => {
  testInfo.setTimeout(240_000);
  const request = await playwright.request.newContext({ baseURL: testInfo.project.use.baseURL });
  try {
    await stopRunningRuns(request);
    bigRunId = await finishedRunOrThrow(request, BIG_RUN);
  } finally {
    await request.dispose();
  }
});

test.afterAll(async ({ playwright }, testInfo) => {
  const request = await playwright.request.newContext({ baseURL: testInfo.project.use.baseURL });
  try {
    await stopRunningRuns(request);
    await request.put('/api/mock', { data: { tier: 128 } });
  } finally {
    await request.dispose();
  }
});

async function expectBarsAtLeast(chart: Locator, rows: readonly string[], px: number): Promise<void> {
  for (const row of rows) {
    await expect.poll(async () => (await rowBarLengths(chart))[row] ?? 0, { message: `bar "${row}" in px` }).toBeGreaterThanOrEqual(px);
  }
}

function numberIn(text: string | null): number {
  return Number((text ?? '').replace(/[^\d.]/g, ''));
}

for (const viewport of VIEWPORTS) {
  test.describe(`at ${viewport.width}x${viewport.height}`, () => {
    test.use({ viewport });

    test('Performance at 30,240 tags: fast modes are visible bars on a log axis, labels clear, ticks human, CSV alike', async ({ performance, page }) => {
      await performance.open(bigRunId);
      for (const chart of performance.charts) {
        await expectChartDrawn(chart);
        await expectLabelsClear(chart);
      }
      await expect.poll(() => valueAxisType(performance.timeChart)).toBe('log');
      await expect(page.getByText('Log scale: the times span more than 50x.').first()).toBeVisible();
      await expectBarsAtLeast(performance.timeChart, ['Batch', 'Streamsets'], VISIBLE_BAR_PX);
      await expectBarsAtLeast(performance.requestsChart, ['Batch', 'Streamsets'], VISIBLE_BAR_PX);
      await expectBarsAtLeast(performance.projectionChart, ['Batch', 'Streamsets'], VISIBLE_BAR_PX);
      // One share measured is no scaling to chart: the card says so instead of borrowing a figure.
      await expect(performance.partitionsNone).toContainText('No run at 30,240 tags, WAN has measured more than one share yet.');
      // The projection has a row of its own, longer than the measured part of sequential.
      await expect
        .poll(async () => {
          const bars = await rowBarLengths(performance.timeChart);
          return (bars['Sequential, all 30,240 tags'] ?? 0) > (bars['Sequential'] ?? 0) && (bars['Sequential'] ?? 0) > 0;
        })
        .toBe(true);
      // Ticks in units people say: never "1.3 h" or "3.3 min".
      for (const text of await chartText(performance.timeChart)) expect(text).not.toMatch(/^\d+\.\d+ (min|h)$/);

      const csv = await downloadCsv(page, 'Measured extraction time per mode');
      expect(csv.fileName).toBe(`time-per-mode-${bigRunId}.csv`);
      expect(csv.header).toEqual(['mode', 'figure', 'time (s)', 'tags', 'tags measured', 'basis']);
      expect(csv.rows.map((r) => [r[0], r[1]])).toEqual([
        ['Batch', 'measured'],
        ['Streamsets', 'measured'],
        ['Sequential', 'measured'],
        ['Sequential', 'projected'],
      ]);
      for (const row of csv.rows) expect(Number(row[2])).toBeGreaterThan(0);
      expect(csv.rows[3]?.[5]).toMatch(/^projected from [\d,]+ of 30,240 tags$/);
    });

    test('AF hierarchy at 30,240 tags: the tree’s root in view, counts from bronze, labels clear', async ({ afPage, page }) => {
      await afPage.open('AFSRV-T30240');
      await expectChartDrawn(afPage.treeChart);
      await expect.poll(() => textInFrame(afPage.treeChart, 'Production'), { message: 'the database at the tree’s root is in view' }).toBe(true);
      await expect(afPage.elementCount).toHaveText('11,400');
      await expect(page.getByText('11,400 elements, never loaded at once')).toBeVisible();
      // The page's own text names no count of its own: the figures above come from bronze.
      await expect(page.getByText(/opens instantly\.$/)).not.toHaveText(/\d/);
      await expectLabelsClear(afPage.levelsChart);
      await expectLabelsClear(afPage.templatesChart);
      // 60 plants beside 7,560 equipment: a log axis, so the plants are a bar.
      await expect.poll(() => valueAxisType(afPage.levelsChart, 'yAxis')).toBe('log');
      const levels = await downloadCsv(page, /^AF elements per level: /);
      expect(levels.rows).toEqual([
        ['1', '60'],
        ['2', '3780'],
        ['3', '7560'],
      ]);
    });

    test('Performance says a run is in progress and links to it, then shows it once it ends', async ({ performance, request }) => {
      test.setTimeout(180_000);
      await stopRunningRuns(request);
      const started = await request.post('/api/runs', { data: LIVE_RUN });
      expect(started.status()).toBe(202);
      const { runId } = (await started.json()) as { runId: string };
      await performance.open();
      const banner = performance.page.getByTestId('perf-run-in-progress');
      await expect(banner).toContainText('A run is in progress (1,040 tags · WAN (+30 ms)');
      await expect(banner).toContainText('its figures appear here when it ends');
      await expect(banner.getByRole('link', { name: 'the Run page' })).toHaveAttribute('href', '/');
      await expect(banner).toHaveCount(0, { timeout: 150_000 });
      await expect(performance.runPicker).toHaveValue(runId);
    });

    test('Event frames after a 1,040-tag run: the week before it, mostly ended, lanes that never merge', async ({ eventFrames, page }) => {
      const asset = await assetSourceOrThrow(page.request, 'AFSRV-T1040');
      await eventFrames.open('AFSRV-T1040');
      await expect(eventFrames.searchWindow).toHaveText(/^Frames of the 7 days before \d{4}-\d\d-\d\d \d\d:\d\d:\d\d: /);
      await expect(eventFrames.searchWindow).toContainText(`${asset.frameCount.toLocaleString('en-US')} found.`);
      await expect(eventFrames.frameCount).toHaveText(asset.frameCount.toLocaleString('en-US'));
      // The mock keeps 5 % of frames open: a week's search finds mostly ended ones.
      await expect
        .poll(async () => numberIn(await eventFrames.endedCount.textContent()) / numberIn(await eventFrames.frameCount.textContent()))
        .toBeGreaterThan(0.85);
      await expect(page.getByText(/median over [\d,]+ ended frames/)).toBeVisible();
      await expect.poll(async () => numberIn(await page.getByText(/median over [\d,]+ ended frames/).textContent())).toBeGreaterThan(300);

      for (const chart of [eventFrames.templatesChart, eventFrames.durationsChart, eventFrames.timelineChart]) {
        await expectChartDrawn(chart);
        await expectLabelsClear(chart);
      }
      // One lane per element, a page at a time; no bar covers another, and each is tall enough to see.
      await expect(eventFrames.timelineElements).toHaveText(/^Elements 1–12 of \d{2,3}$/);
      await expect.poll(async () => (await timelineBars(eventFrames.timelineChart))?.length ?? 0).toBeGreaterThan(12);
      await expect.poll(async () => barOverlaps((await timelineBars(eventFrames.timelineChart)) ?? [])).toBe(0);
      await expect.poll(async () => Math.min(...((await timelineBars(eventFrames.timelineChart)) ?? []).map((b) => b.height))).toBeGreaterThanOrEqual(5);
      await page.getByRole('button', { name: 'Next elements' }).click();
      await expect(eventFrames.timelineElements).toHaveText(/^Elements 13–24 of \d{2,3}$/);

      const label = await eventFrames.timelineChart.getAttribute('aria-label');
      const frames = Number(/([\d,]+) frames/.exec(label ?? '')?.[1]?.replace(/,/g, '') ?? Number.NaN);
      const csv = await downloadCsv(page, /^Event-frame timeline: /);
      expect(csv.header).toEqual(['frame', 'template', 'element', 'start (UTC)', 'end (UTC)', 'duration (s)', 'in progress']);
      expect(csv.rows).toHaveLength(frames);
      for (const row of csv.rows) expect(row[3]).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/);
    });

    test('Granularity: quality classes add up to 100 %, shared timestamps counted, intervals to scale with a CSV', async ({ granularity, page }) => {
      await granularity.open('PISRV-T1040');
      await expectChartDrawn(granularity.seriesChart);
      await expectChartDrawn(granularity.intervalsChart);
      await expectLabelsClear(granularity.seriesChart);
      await expectLabelsClear(granularity.intervalsChart);
      const classes = ['good', 'questionable', 'substituted', 'both', 'states'] as const;
      await expect
        .poll(async () => {
          let sum = 0;
          for (const c of classes) sum += Number(await page.getByTestId(`quality-${c}`).textContent());
          return Math.abs(sum - 100);
        }, { message: 'exclusive quality classes sum to 100 %' })
        .toBeLessThanOrEqual(0.3);
      await expect(page.getByTestId('quality-note')).toContainText('Each value counts once, so these add up to 100 %');
      await expect(page.getByTestId('granularity-shared-timestamps')).toHaveText(/^(No two values share a timestamp\.|[\d,]+ values? shares? (its|their) timestamp with an earlier one)/);
      // Uneven buckets drawn to scale: the time axis is logarithmic, ticks on the bucket edges.
      await expect.poll(() => valueAxisType(granularity.intervalsChart)).toBe('log');

      const summary = await page.getByText(/median interval over [\d,]+ intervals/).textContent();
      const intervals = Number(/over ([\d,]+) intervals/.exec(summary ?? '')?.[1]?.replace(/,/g, '') ?? Number.NaN);
      const csv = await downloadCsv(page, /^Sampling-interval histogram /);
      expect(csv.fileName).toBe('sampling-intervals.csv');
      expect(csv.header).toEqual(['from (s)', 'to (s)', 'intervals']);
      expect(csv.rows.at(-1)?.[1]).toBe('');
      expect(csv.rows.reduce((n, r) => n + Number(r[2]), 0)).toBe(intervals);
    });
  });
}

test.describe('History at 1366x768', () => {
  test.use({ viewport: { width: 1366, height: 768 } });

  test('a run is a short row (a figure line, at most two of small print), not a column of wrapped words', async ({ page }) => {
    await page.goto('/history');
    const rows = page.getByRole('table').getByRole('row');
    await expect(rows.nth(1)).toBeVisible();
    for (const row of await rows.all()) {
      // 3 text lines and padding: the rows measured 140 px before.
      await expect.poll(async () => (await row.boundingBox())?.height ?? 0).toBeLessThanOrEqual(92);
    }
    // The table fits the screen: no sideways scrolling at 1366 px.
    await expect.poll(() => page.getByRole('table').evaluate((t) => t.parentElement !== null && t.parentElement.scrollWidth <= t.parentElement.clientWidth)).toBe(true);
  });
});
