/**
 * Whether a chart really drew: ECharts paints on a transparent canvas, so pixels with any alpha
 * are what it drew. Axes alone paint a few thousand; the threshold is well below a drawn chart.
 */
import { expect, type Locator } from '@playwright/test';

export const MIN_PAINTED_PIXELS = 2_000;

export function paintedPixels(chart: Locator): Promise<number> {
  return chart.locator('canvas').first().evaluate((canvas: HTMLCanvasElement) => {
    const context = canvas.getContext('2d');
    if (!context || canvas.width === 0 || canvas.height === 0) return 0;
    const { data } = context.getImageData(0, 0, canvas.width, canvas.height);
    let painted = 0;
    for (let i = 3; i < data.length; i += 4) if (data[i] !== 0) painted++;
    return painted;
  });
}

/** Waits (web-first) until the chart container holds a canvas with a drawing on it. */
export async function expectChartDrawn(chart: Locator): Promise<void> {
  await expect(chart.locator('canvas').first()).toBeVisible();
  await expect.poll(() => paintedPixels(chart), { message: 'painted pixels on the chart canvas' }).toBeGreaterThan(MIN_PAINTED_PIXELS);
}
