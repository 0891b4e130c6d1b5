/**
 * Issue 11, findings 1-3: the dashboard obeys only its own presenter. Requests from another
 * origin, as text/plain or under a Host it does not answer to are refused before a route runs;
 * the presenter's own pages keep working.
 */
import { expect, test } from '@playwright/test';
import { ConnectionPage } from './pages/connection-page';
import { stopRunningRuns } from './support/runs';

const SMALL_RUN = { tier: 128, modes: ['batch'], includeAssets: false };

// Before the fix a refused request would have started a run: never leave one going for the next spec.
test.afterEach(async ({ request }) => {
  await stopRunningRuns(request);
});

test.describe('state-changing API calls from elsewhere are refused', () => {
  test('a POST to /api/runs from another origin gets 403 naming the origin', async ({ request }) => {
    const response = await request.post('/api/runs', { data: SMALL_RUN, headers: { origin: 'http://evil.example' } });
    expect(response.status()).toBe(403);
    const body = (await response.json()) as { error: { code: string; message: string } };
    expect(body.error.code).toBe('forbidden');
    expect(body.error.message).toMatch(/^origin: http:\/\/evil\.example is not this server's origin/);
  });

  test('Origin: null (a sandboxed frame, a file: page) gets 403', async ({ request }) => {
    const response = await request.post('/api/connection/test', { data: { target: 'embedded' }, headers: { origin: 'null' } });
    expect(response.status()).toBe(403);
    expect(((await response.json()) as { error: { message: string } }).error.message).toMatch(/^origin: /);
  });

  test('a text/plain POST (a form or no-cors fetch needs no preflight for it) gets 415', async ({ request }) => {
    const response = await request.post('/api/runs', { data: JSON.stringify(SMALL_RUN), headers: { 'content-type': 'text/plain' } });
    expect(response.status()).toBe(415);
    const body = (await response.json()) as { error: { code: string; message: string } };
    expect(body).toEqual({ error: { code: 'unsupported_media_type', message: 'content-type: expected application/json, got text/plain' } });
  });
});

test.describe('a Host the dashboard does not answer to gets 421 (DNS rebinding)', () => {
  test('on the API', async ({ request }) => {
    const response = await request.get('/api/runs', { headers: { host: 'evil.example' } });
    expect(response.status()).toBe(421);
    expect(await response.json()).toEqual({
      error: { code: 'misdirected_request', message: 'host: evil.example is not a name this server answers to; add it to ALLOWED_HOSTS' },
    });
  });

  test('on a state-changing call, before anything starts', async ({ request }) => {
    const response = await request.post('/api/runs', { data: SMALL_RUN, headers: { host: 'evil.example:3000' } });
    expect(response.status()).toBe(421);
  });

  test('on the embedded PI Web API, with a PI-style body', async ({ request }) => {
    const response = await request.get('/piwebapi/dataservers', { headers: { host: 'evil.example' } });
    expect(response.status()).toBe(421);
    expect(await response.json()).toEqual({ Errors: ['host: evil.example is not a name this server answers to; add it to ALLOWED_HOSTS'] });
  });

  test('on a page', async ({ request }) => {
    const response = await request.get('/connection', { headers: { host: 'rebound.evil.example' } });
    expect(response.status()).toBe(421);
  });

  test('while localhost under any port still answers', async ({ request, baseURL }) => {
    const port = new URL(baseURL ?? 'http://127.0.0.1:3000').port;
    const response = await request.get('/api/tiers', { headers: { host: `localhost:${port}` } });
    expect(response.status()).toBe(200);
  });
});

test('connection: a metadata address is refused, a loopback server saves and tests', async ({ page, request }) => {
  const status = (await (await request.get('/api/mock')).json()) as { internalUrl: string | null };
  expect(status.internalUrl).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/piwebapi$/);
  const internalUrl = status.internalUrl ?? '';
  const connection = new ConnectionPage(page);
  await connection.open();

  await connection.saveUrl('http://169.254.169.254/latest/meta-data');
  await expect(connection.notSaved).toContainText('PI Web API URL: 169.254.169.254 is a link-local address');
  await expect(connection.urlInput).toHaveAttribute('aria-invalid', 'true');

  await connection.saveUrl(internalUrl);
  await expect(connection.saved).toBeVisible();
  await connection.testAgainst('External PI Web API');
  await expect(connection.testResult).toContainText(internalUrl);
  await expect(connection.testResult).toContainText(/Round trip\s*\d/);

  await connection.forget();
  const after = await request.get('/api/connection');
  expect(await after.json()).toEqual({ url: null, auth: 'none', user: null, hasSecret: false, source: 'none' });
});
