import { expect, test } from './fixtures';

const TIERS = [
  { label: '1,040 tags', count: '1,040', grid: '10 plants x 13 units x 8 sensors' },
  { label: '10,000 tags', count: '10,000', grid: '25 plants x 50 units x 8 sensors' },
  { label: '30,240 tags', count: '30,240', grid: '60 plants x 63 units x 8 sensors' },
  { label: '128 tags', count: '128', grid: '4 plants x 4 units x 8 sensors' },
] as const;

test('each tier switches the embedded mock and shows its size', async ({ home }) => {
  await home.open();
  await expect(home.tagCount).toHaveText('128');
  await expect(home.tier('128 tags')).toBeChecked();
  await expect(home.tier('4 plants x 4 units x 8 sensors')).toHaveCount(1);
  await expect(home.internalUrl).toHaveText(/^http:\/\/127\.0\.0\.1:\d+\/piwebapi$/);

  for (const tier of TIERS) {
    await home.pickTier(tier.label);
    await expect(home.tagCount).toHaveText(tier.count);
    await expect(home.grid).toHaveText(tier.grid);
    await expect(home.tier(tier.label)).toBeChecked();
    await expect(home.startupMs).toHaveText(/^\d[\d,]*\.\d$/);
  }
});

test('a tier switch made elsewhere reaches the page', async ({ home, request }) => {
  await home.open();
  await expect(home.tagCount).toHaveText('128');
  const switched = await request.put('/api/mock', { data: { tier: 10000 } });
  expect(switched.status()).toBe(200);
  await home.page.reload();
  await expect(home.tagCount).toHaveText('10,000');
  await expect(home.tier('10,000 tags')).toBeChecked();
});

test('a failing status call shows an error with a working Retry', async ({ home, page }) => {
  await page.route('/api/mock', (route) =>
    route.fulfill({ status: 500, json: { error: { code: 'internal', message: 'Internal error; see the server log.' } } }),
  );
  await home.open();
  const alert = page.getByRole('alert', { name: 'Mock status unavailable' });
  await expect(alert).toContainText('Internal error; see the server log.');

  await page.unroute('/api/mock');
  await alert.getByRole('button', { name: 'Retry' }).click();
  await expect(home.tagCount).toHaveText('128');
  await expect(alert).toHaveCount(0);
});

test('a rejected tier switch says why and keeps the shown tier', async ({ home, page }) => {
  await home.open();
  await expect(home.tagCount).toHaveText('128');
  await page.route('/api/mock', (route) =>
    route.request().method() === 'PUT'
      ? route.fulfill({ status: 503, json: { error: { code: 'unavailable', message: 'The mock is busy.' } } })
      : route.fallback(),
  );
  await home.pickTier('30,240 tags');
  const alert = page.getByRole('alert', { name: 'The tier did not change' });
  await expect(alert).toContainText('The mock is busy.');
  await expect(home.tagCount).toHaveText('128');
  await expect(home.tier('128 tags')).toBeChecked();
});
