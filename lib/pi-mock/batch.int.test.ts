import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { batchResponse, batchTemplateContent, extendedTimedValues, itemsPoint } from '../pi-contract';
import { startMockFixture, type MockFixture } from './test-support/mock-server-fixture';

describe('POST /batch', () => {
  let mock: MockFixture;
  beforeAll(async () => {
    mock = await startMockFixture({ tagCount: 128 });
  });
  afterAll(async () => mock?.server.close());

  it('chains requests through ParentIds and JSONPath Parameters, and expands a RequestTemplate', async () => {
    const url = mock.server.url;
    const body = {
      servers: { Method: 'GET', Resource: `${url}/dataservers` },
      points: {
        Method: 'GET',
        Resource: '{0}?nameFilter=Sydney_Unit01_*',
        Parameters: ['$.servers.Content.Items[0].Links.Points'],
        ParentIds: ['servers'],
      },
      values: {
        Method: 'GET',
        RequestTemplate: { Resource: `${url}/streams/{0}/recorded?startTime=2024-01-01T00:00:00Z&endTime=2024-01-01T00:10:00Z` },
        Parameters: ['$.points.Content.Items[*].WebId'],
        ParentIds: ['points'],
      },
    };
    const res = await mock.post('/batch', JSON.stringify(body));
    expect(res.status).toBe(207);
    const parsed = batchResponse.parse(res.json);
    expect(parsed.servers?.Status).toBe(200);
    const points = itemsPoint.parse(parsed.points?.Content).Items;
    expect(points.map((p) => p.Name)).toHaveLength(8);
    const template = batchTemplateContent.parse(parsed.values?.Content);
    expect(template.Total).toBe(8);
    expect(template.Items).toHaveLength(8);
    for (const item of template.Items) {
      expect(item.Status).toBe(200);
      expect(extendedTimedValues.parse(item.Content).Items.length).toBeGreaterThanOrEqual(11);
    }
  });

  it('answers dependants of a failed parent with 409 and a plain-string Content, and still 207 overall', async () => {
    const body = {
      bad: { Method: 'GET', Resource: `${mock.server.url}/points/NOTAWEBID` },
      child: { Method: 'GET', Resource: '{0}', Parameters: ['$.bad.Content.Links.Self'], ParentIds: ['bad'] },
      grandchild: { Method: 'GET', Resource: `${mock.server.url}/system`, ParentIds: ['child'] },
      fine: { Method: 'GET', Resource: `${mock.server.url}/system` },
    };
    const res = await mock.post('/batch', JSON.stringify(body));
    expect(res.status).toBe(207);
    const parsed = batchResponse.parse(res.json);
    expect(parsed.bad?.Status).toBe(400);
    expect(parsed.child).toEqual({ Status: 409, Headers: {}, Content: 'The following ParentIds did not complete successfully: bad.' });
    expect(parsed.grandchild?.Status).toBe(409);
    expect(parsed.fine?.Status).toBe(200);
  });

  it('injects faults per sub-request with Retry-After', async () => {
    const flaky = await startMockFixture({ tagCount: 128, faultRate: 0.5, faultRetryAfterSeconds: 0 });
    try {
      const body: Record<string, { Method: string; Resource: string }> = {};
      for (let i = 0; i < 200; i++) body[String(i)] = { Method: 'GET', Resource: `${flaky.server.url}/system` };
      // The outer request may itself be faulted; retry it until it goes through.
      let res = await flaky.post('/batch', JSON.stringify(body));
      for (let i = 0; i < 50 && res.status !== 207; i++) {
        expect([429, 503]).toContain(res.status);
        expect(res.headers.get('retry-after')).toBe('0');
        res = await flaky.post('/batch', JSON.stringify(body));
      }
      expect(res.status).toBe(207);
      const statuses = Object.values(batchResponse.parse(res.json)).map((s) => s.Status);
      const faulted = statuses.filter((s) => s === 429 || s === 503).length;
      expect(faulted).toBeGreaterThan(50);
      expect(faulted).toBeLessThan(150);
      expect(statuses.filter((s) => s === 200).length).toBe(200 - faulted);
    } finally {
      await flaky.server.close();
    }
  });
});

describe('seed compatibility', () => {
  let seed: MockFixture;
  beforeAll(async () => {
    seed = await startMockFixture({ tagCount: 30000, compat: 'seed' });
  });
  afterAll(async () => seed?.server.close());

  it("runs the seed's verification queries verbatim", async () => {
    const points = await seed.get('/dataservers/F1DP-DS-01/points?maxCount=50000');
    expect(points.status).toBe(200);
    const items = itemsPoint.parse(points.json).Items;
    expect(items).toHaveLength(30240);
    const one = itemsPoint.parse((await seed.get('/dataservers/F1DP-DS-01/points?maxCount=1')).json).Items[0]!;
    const values = await seed.get(`/streams/${one.WebId}/recorded?startTime=2024-01-01T00:00:00Z&endTime=2024-01-01T01:00:00Z&maxCount=1000`);
    const count = extendedTimedValues.parse(values.json).Items.length;
    expect(count).toBeGreaterThanOrEqual(61);
    expect(count).toBeLessThanOrEqual(63);
  });

  it("accepts the seed's list-shaped batch body and answers it as a list", async () => {
    const body = { Requests: [{ Method: 'GET', Resource: `${seed.server.url}/system` }, { Method: 'GET', Resource: `${seed.server.url}/dataservers/F1DP-DS-01` }] };
    const res = await seed.post('/batch', JSON.stringify(body));
    // The seed's mock answers its list form 200, not PI's 207 (issue 14).
    expect(res.status).toBe(200);
    const responses = (res.json as { Responses: { Status: number }[] }).Responses;
    expect(responses.map((r) => r.Status)).toEqual([200, 200]);
  });
});
