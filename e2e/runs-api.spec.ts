import { expect, test } from '@playwright/test';

test.describe('POST /api/runs rejects bad input with a 400 naming the field', () => {
  for (const [name, data, path, message] of [
    ['a tier that is not one of the four', { tier: 500 }, 'tier', 'expected one of 128, 1040, 10000, 30240'],
    ['no mode', { modes: [] }, 'modes', 'pick at least one mode'],
    ['a zero sequential budget', { sequentialBudgetSeconds: 0 }, 'sequentialBudgetSeconds', 'at least 1 s'],
    ['no sequential budget', { sequentialBudgetSeconds: null }, 'sequentialBudgetSeconds', 'enter a number of seconds'],
    ['six repeats', { repeats: 6 }, 'repeats', 'at most 5'],
    ['a fault rate above 50%', { faultRate: 0.9 }, 'faultRate', 'Too big: expected number to be <=0.5'],
    ['zero partitions', { partitions: 0 }, 'partitions', 'Too small: expected number to be >=1'],
    ['an unknown network profile', { networkProfile: 'moon' }, 'networkProfile', 'Invalid option: expected one of "loopback"|"lan"|"wan"|"intercontinental"'],
  ] as const) {
    test(name, async ({ request }) => {
      const response = await request.post('/api/runs', { data });
      expect(response.status()).toBe(400);
      expect(await response.json()).toEqual({ error: { code: 'invalid_input', message: `${path}: ${message}`, details: { issues: [{ path, message }] } } });
    });
  }
});

test('an unknown run is a 404 naming the id', async ({ request }) => {
  const response = await request.get('/api/runs/no-such-run');
  expect(response.status()).toBe(404);
  expect(await response.json()).toEqual({ error: { code: 'not_found', message: "id: no run 'no-such-run' is known" } });
});

test('the connection view never carries a secret', async ({ request }) => {
  const response = await request.get('/api/connection');
  expect(response.status()).toBe(200);
  const body = (await response.json()) as Record<string, unknown>;
  expect(Object.keys(body).sort()).toEqual(['auth', 'hasSecret', 'source', 'url', 'user']);
});
