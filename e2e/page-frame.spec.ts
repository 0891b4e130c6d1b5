import { expect, test } from './fixtures';

test('an address no page answers is a 404 page with the way home', async ({ page }) => {
  const response = await page.goto('/no-such-page');
  expect(response?.status()).toBe(404);
  await expect(page.getByRole('heading', { level: 1, name: 'Page not found' })).toBeVisible();
  await expect(page).toHaveTitle('Page not found · PI connector demo');
  // The usual frame stays: the nav is there to pick a page from.
  await expect(page.getByRole('navigation', { name: 'Pages' })).toBeVisible();

  await page.getByRole('link', { name: 'Go to the Run page' }).click();
  // The Run page then writes its settings into the query string.
  await expect(page).toHaveURL((url) => url.pathname === '/');
  await expect(page.getByRole('heading', { level: 1, name: 'Sequential vs batch, live' })).toBeVisible();
});

test('the first Tab shows Skip to content, which moves focus past the nav into the page', async ({ page }) => {
  await page.goto('/live');
  // The page's first control: the stop after the skip link's target.
  const firstControl = page.getByRole('combobox', { name: 'Tier' });
  await expect(firstControl).toBeVisible();
  const skip = page.getByRole('link', { name: 'Skip to content' });
  await expect(skip).not.toBeInViewport();

  await page.keyboard.press('Tab');
  await expect(skip).toBeFocused();
  await expect(skip).toBeInViewport();

  await page.keyboard.press('Enter');
  await expect(page.getByRole('main')).toBeFocused();
  await page.keyboard.press('Tab');
  // Not the nav's first link: the page's own first control.
  await expect(firstControl).toBeFocused();
});
