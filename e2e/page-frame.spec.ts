import { expect, test } from './fixtures';

test('an address no page answers is a 404 page with the way home', async ({ page }) => {
  const response = await page.goto('/no-such-page');
  expect(response?.status()).toBe(404);
  await expect(page.getByRole('heading', { level: 1, name: 'Page not found' })).toBeVisible();
  await expect(page).toHaveTitle('Page not found · PI connector demo');
  // The usual frame stays: the nav is there to pick a page from.
  await expect(page.getByRole('navigation', { name: 'Pages' })).toBeVisible();

  await page.getByRole('link', { name: 'Go to the Run page' }).click();
  await expect(page).toHaveURL('/');
  await expect(page.getByRole('heading', { level: 1, name: 'Sequential vs batch, live' })).toBeVisible();
});

test('the first Tab shows Skip to content, which moves focus past the nav into the page', async ({ page }) => {
  await page.goto('/granularity');
  const skip = page.getByRole('link', { name: 'Skip to content' });
  await expect(skip).not.toBeInViewport();

  await page.keyboard.press('Tab');
  await expect(skip).toBeFocused();
  await expect(skip).toBeInViewport();

  await page.keyboard.press('Enter');
  await expect(page.getByRole('main')).toBeFocused();
  await page.keyboard.press('Tab');
  // The next stop is inside the page, not the nav's first link.
  await expect.poll(() => page.evaluate(() => document.activeElement?.closest('main') !== null)).toBe(true);
});
