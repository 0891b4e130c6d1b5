/** The Connection page's own messages (issue 12, point 6): what to do on the page, never an API call or PI_BASE_URL. */
import { expect, test } from '@playwright/test';
import { ConnectionPage } from './pages/connection-page';

// The saved connection is server state shared by every spec: each test here starts and ends without one.
test.beforeEach(async ({ request }) => {
  expect((await request.delete('/api/connection')).status()).toBe(200);
});
test.afterEach(async ({ request }) => {
  expect((await request.delete('/api/connection')).status()).toBe(200);
});

test('testing the external server before one is saved says where to enter it', async ({ page }) => {
  const connection = new ConnectionPage(page);
  await connection.open();
  await connection.testAgainst('External PI Web API');
  const notice = page.getByRole('alert', { name: 'The test could not run' });
  await expect(notice).toContainText('No external PI Web API is saved yet: enter its URL under External PI Web API on the Connection page and press Save connection');
  await expect(notice).not.toContainText('/api/connection');
});

test('a saved URL nothing listens on is named, with the form as the place to fix it', async ({ page }) => {
  const connection = new ConnectionPage(page);
  await connection.open();
  // Port 1 on loopback: allowed as a target, and nothing listens there.
  await connection.saveUrl('http://127.0.0.1:1/piwebapi');
  await expect(connection.saved).toBeVisible();
  await connection.testAgainst('External PI Web API');
  const notice = page.getByRole('alert', { name: 'The test read failed (unreachable)' });
  await expect(notice).toContainText('Cannot reach the PI Web API at http://127.0.0.1:1/piwebapi/dataservers');
  await expect(notice).toContainText('(ECONNREFUSED): nothing is listening at that host and port; check the PI Web API URL saved on this page');
  await expect(notice).not.toContainText('PI_BASE_URL');
});
