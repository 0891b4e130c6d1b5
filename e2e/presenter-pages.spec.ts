import { finishedRunOrThrow, stopRunningRuns } from './support/runs';
import { expect, test } from './fixtures';

test('history compares two runs side by side with ratios', async ({ page, request }) => {
  test.setTimeout(180_000);
  await stopRunningRuns(request);
  await finishedRunOrThrow(request, { tier: 128, modes: ['batch'], includeAssets: false });
  await finishedRunOrThrow(request, { tier: 128, modes: ['batch'], networkProfile: 'lan', includeAssets: false });
  await page.goto('/history');
  const boxes = page.getByRole('checkbox', { name: /^Compare the run started/ });
  await boxes.nth(1).check();
  await boxes.nth(0).check();
  const comparison = page.getByTestId('history-comparison');
  await expect(comparison.getByRole('row', { name: /^Network Loopback \(\+0 ms\) LAN \(\+1 ms\) differs$/ })).toBeVisible();
  await expect(comparison.getByRole('row', { name: /^Batch: time/ })).toContainText(/\d+\.\d\d×$/);
});

test('summary attributes every reported claim to the seed document', async ({ page }) => {
  await page.goto('/summary');
  const table = page.getByTestId('summary-comparison');
  await expect(table.getByRole('row')).toHaveCount(9);
  await expect(table.getByText(/^reported in the project's seed document/)).toHaveCount(8);
  await expect(table.getByRole('row', { name: /^Tag scale/ })).toContainText('is said to be limited to 2,000 tags');
  await expect(page.getByRole('list', { name: 'Architecture: PI Web API, connector, bronze, charts' }).getByRole('listitem').filter({ has: page.locator('.arch-title') })).toHaveCount(4);
});

test('connection: a test read of the embedded mock, and a bad URL named by the server', async ({ page }) => {
  await page.goto('/connection');
  await page.getByRole('radio', { name: 'Embedded mock (default)' }).check();
  await page.getByRole('button', { name: 'Test connection' }).click();
  const result = page.getByTestId('connection-result');
  await expect(result).toContainText(/Round trip\s*\d/);
  await expect(result).toContainText(/_Temperature|_Pressure|_Flow|_Level|_Power|_Speed|_Voltage|_Current/);

  await page.getByLabel('PI Web API URL').fill('ftp://pi.example.com');
  await page.getByRole('button', { name: 'Save connection' }).click();
  await expect(page.getByRole('alert', { name: 'The connection was not saved' })).toContainText('PI Web API URL: expected an http(s) URL');
  await expect(page.getByLabel('PI Web API URL')).toHaveAttribute('aria-invalid', 'true');
});

test('connection: a saved password is never shown back', async ({ page, request }) => {
  const saved = await request.put('/api/connection', { data: { url: 'https://pi.example.invalid/piwebapi', auth: 'basic', user: 'demo', password: 's3cret-value' } });
  expect(saved.status()).toBe(200);
  expect(await saved.text()).not.toContain('s3cret-value');
  await page.goto('/connection');
  await expect(page.getByTestId('connection-has-secret')).toHaveText('yes');
  await expect(page.getByLabel('Password')).toHaveValue('');
  await expect(page.locator('body')).not.toContainText('s3cret-value');

  // Forgetting it clears the server's copy and the form, and leaves no connection behind for other specs.
  await page.getByRole('button', { name: 'Forget saved connection' }).click();
  await expect(page.getByTestId('connection-has-secret')).toHaveText('no');
  await expect(page.getByLabel('PI Web API URL')).toHaveValue('');
  await expect(page.getByRole('button', { name: 'Forget saved connection' })).toHaveCount(0);
  const after = await request.get('/api/connection');
  expect(await after.json()).toEqual({ url: null, auth: 'none', user: null, hasSecret: false, source: 'none' });
});
