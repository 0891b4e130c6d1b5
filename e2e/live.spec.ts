import { expect, test } from './fixtures';

test('the Live page shows values arriving and the chart moving, then stops', async ({ livePage, page }) => {
  await livePage.open();
  await livePage.startTail('128 tags', '128');
  await expect(livePage.status).toHaveText('Tailing 128 of 128 tags.', { timeout: 20_000 });
  // Values arriving: a measured, non-zero rate and landed count, and a lag figure.
  await expect(livePage.valuesPerSecond).toHaveText(/^[1-9][\d,]*$/, { timeout: 15_000 });
  await expect(livePage.valuesLanded).toHaveText(/^[1-9][\d,]*$/);
  await expect(livePage.lagP50).toHaveText(/^[\d,]+$/);
  // The chart moving: its newest point advances on the 1 s grid, and it draws.
  await expect(livePage.chart).toBeVisible();
  const first = await livePage.chartNewest.textContent();
  expect(first).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.000Z$/);
  await expect(livePage.chartNewest).not.toHaveText(first ?? '', { timeout: 10_000 });
  const later = await livePage.chartNewest.textContent();
  expect(Date.parse(later ?? '')).toBeGreaterThan(Date.parse(first ?? ''));
  await livePage.stopTail();
  await expect(livePage.status).toHaveText('Stopped; what the sockets delivered was landed.', { timeout: 15_000 });
  await expect(page.getByRole('button', { name: 'Start tail' })).toBeEnabled();
});

test('a tag count the tier does not have is refused, naming the field', async ({ livePage, page }) => {
  await livePage.open();
  await livePage.startTail('128 tags', '0');
  await expect(page.getByRole('alert', { name: 'The request failed' })).toContainText('tagCount: at least 1 tag');
  await expect(livePage.status).toHaveText('No tail is going.');
});
