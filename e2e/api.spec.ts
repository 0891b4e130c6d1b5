import { expect, test } from '@playwright/test';

test('the embedded mock answers at /piwebapi like a PI Web API', async ({ request }) => {
  const response = await request.get('/piwebapi/dataservers');
  expect(response.status()).toBe(200);
  expect(response.headers()['content-type']).toMatch(/^application\/json/);
  const body = (await response.json()) as { Items: Array<{ Name: string; Links: { Self: string } }> };
  expect(body.Items).toHaveLength(1);
  expect(body.Items[0]?.Links.Self).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/piwebapi\/dataservers\//);
});

test('the node:http listener serves the same mock as /piwebapi', async ({ request }) => {
  const status = (await (await request.get('/api/mock')).json()) as { internalUrl: string | null };
  expect(status.internalUrl).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/piwebapi$/);
  const [direct, viaNext] = await Promise.all([
    request.get(`${status.internalUrl}/dataservers`),
    request.get('/piwebapi/dataservers'),
  ]);
  expect(direct.status()).toBe(200);
  const names = async (r: typeof direct) => ((await r.json()) as { Items: Array<{ Name: string }> }).Items.map((i) => i.Name);
  expect(await names(direct)).toEqual(await names(viaNext));
});

test('GET /api/tiers lists the four tiers with their grids', async ({ request }) => {
  const response = await request.get('/api/tiers');
  expect(response.status()).toBe(200);
  const body = (await response.json()) as { tiers: Array<{ tagCount: number; plants: number; unitsPerPlant: number }> };
  expect(body.tiers.map((t) => [t.tagCount, t.plants, t.unitsPerPlant])).toEqual([
    [128, 4, 4],
    [1040, 10, 13],
    [10000, 25, 50],
    [30240, 60, 63],
  ]);
});

test.describe('PUT /api/mock rejects bad input with a 400 naming the field', () => {
  for (const [name, data, message] of [
    ['a tier that is not one of the four', { tier: 500 }, 'tier: expected one of 128, 1040, 10000, 30240'],
    ['a tier given as a string', { tier: '1040' }, 'tier: expected one of 128, 1040, 10000, 30240'],
    ['a missing tier', {}, 'tier: expected one of 128, 1040, 10000, 30240'],
  ] as const) {
    test(name, async ({ request }) => {
      const response = await request.put('/api/mock', { data });
      expect(response.status()).toBe(400);
      expect(await response.json()).toEqual({
        error: { code: 'invalid_input', message, details: { issues: [{ path: 'tier', message: message.slice('tier: '.length) }] } },
      });
    });
  }

  test('a body that is not JSON', async ({ request }) => {
    // A Buffer goes out as-is; a string would be JSON-encoded into a valid (string) document.
    const response = await request.put('/api/mock', { data: Buffer.from('{"tier":'), headers: { 'content-type': 'application/json' } });
    expect(response.status()).toBe(400);
    expect(await response.json()).toEqual({ error: { code: 'invalid_json', message: 'body: expected a JSON document' } });
  });
});
