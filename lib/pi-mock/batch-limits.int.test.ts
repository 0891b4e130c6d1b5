/**
 * Issue 11, items 5 and 7, over HTTP: a batch asking for too many values is refused before it
 * runs, long ParentIds chains run and long cycles are named (both overflowed the stack: 500s),
 * JSONPath `[*]` over 150,000 items is answered (it overflowed the stack too), and a batch large
 * enough to need several chunks streams with the same bytes as a whole one.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { batchResponse, batchTemplateContent, errorsBody } from '../pi-contract';
import { startMockFixture, type MockFixture } from './test-support/mock-server-fixture';

type Batch = Record<string, { Method?: string; Resource?: string; ParentIds?: string[]; Parameters?: string[]; RequestTemplate?: { Resource: string } }>;

/** 40 recorded reads of 150,000 values each: the 6.8 KB batch that once answered 896 MB. */
function amplifyingBatch(webIds: string[]): Batch {
  const window = 'startTime=2024-01-01T00:00:00Z&endTime=2024-01-05T00:00:00Z&maxCount=150000';
  return Object.fromEntries(webIds.slice(0, 40).map((w, i) => [`amp${i}`, { Method: 'GET', Resource: `/piwebapi/streams/${w}/recorded?${window}` }]));
}

describe('batch limits (1-second grid, 30,240 tags)', () => {
  let mock: MockFixture;
  let webIds: string[];
  beforeAll(async () => {
    mock = await startMockFixture({ tagCount: 30240, intervalSeconds: 1 });
    webIds = Array.from({ length: 100 }, (_, i) => mock.world.catalogue.webId(i * 300, 'IDOnly'));
  });
  afterAll(async () => mock?.server.close());

  it('refuses the amplifying batch whole with a 400 naming the requests past the budget and the budget', async () => {
    const body = JSON.stringify(amplifyingBatch(webIds));
    expect(body.length).toBeLessThan(8 * 1024);
    const res = await mock.post('/batch', body);
    expect(res.status).toBe(400);
    const [message = ''] = errorsBody.parse(res.json).Errors;
    expect(message).toContain('up to 6000000 values, more than the 1500000 one batch may return (MaxBatchValues)');
    // Ten reads fill the budget exactly; the eleventh is the first past it.
    expect(message).toContain("requests 'amp10' (150000), 'amp11' (150000)");
    expect(message).toContain('and 20 more');
    expect(message).not.toContain("'amp9'");
  });

  it('answers a normal extraction batch (100 tags x 1 h on the 60 s grid is ~6,300 values) well inside the budget', async () => {
    const hourly = await startMockFixture({ tagCount: 30240 });
    try {
      const window = 'startTime=2024-01-01T00:00:00Z&endTime=2024-01-01T01:00:00Z&maxCount=10000';
      const body = Object.fromEntries(webIds.map((w, i) => [String(i), { Method: 'GET', Resource: `/piwebapi/streams/${w}/recorded?${window}` }]));
      // Identity: fetch asks for gzip by default, and a gzipped answer is always chunked.
      const headers = { 'X-Requested-With': 'test', 'Content-Type': 'application/json', 'Accept-Encoding': 'identity' };
      const res = await hourly.post('/batch', JSON.stringify(body), headers);
      expect(res.status).toBe(207);
      expect(res.headers.get('content-length')).not.toBeNull();
      expect(Object.values(batchResponse.parse(res.json)).every((s) => s.Status === 200)).toBe(true);
    } finally {
      await hourly.server.close();
    }
  });

  it('streams the largest allowed batch (10 x 150,000 values) chunked, every value there', async () => {
    const window = 'startTime=2024-01-01T00:00:00Z&endTime=2024-01-05T00:00:00Z&maxCount=150000&selectedFields=Items.Value';
    const body = Object.fromEntries(webIds.slice(0, 10).map((w, i) => [String(i), { Method: 'GET', Resource: `/piwebapi/streams/${w}/recorded?${window}` }]));
    const res = await fetch(`${mock.server.url}/batch`, { method: 'POST', body: JSON.stringify(body), headers: { 'X-Requested-With': 't' } });
    expect(res.status).toBe(207);
    expect(res.headers.get('transfer-encoding')).toBe('chunked');
    const parsed = batchResponse.parse(await res.json());
    for (const sub of Object.values(parsed)) expect((sub.Content as { Items: unknown[] }).Items).toHaveLength(150_000);
  });

  it('gives a Resource known only at run time what is left of the budget, and refuses it past that', async () => {
    const window = 'startTime=2024-01-01T00:00:00Z&endTime=2024-01-05T00:00:00Z&maxCount=150000&selectedFields=Items.Value';
    const body: Batch = Object.fromEntries(webIds.slice(0, 9).map((w, i) => [String(i), { Method: 'GET', Resource: `/piwebapi/streams/${w}/recorded?${window}` }]));
    body.points = { Method: 'GET', Resource: `/piwebapi/dataservers/${await dataServerOf(mock)}/points?maxCount=3&selectedFields=Items.WebId` };
    body.reads = { Method: 'GET', RequestTemplate: { Resource: `/piwebapi/streams/{0}/recorded?${window}` }, Parameters: ['$.points.Content.Items[*].WebId'], ParentIds: ['points'] };
    body.after = { Method: 'GET', Resource: '/piwebapi/system', ParentIds: ['reads'] };
    const res = await mock.post('/batch', JSON.stringify(body));
    expect(res.status).toBe(207);
    const parsed = batchResponse.parse(res.json);
    // Reserved up front: nine reads (1,350,000), the points list (maxCount 3) and `after` (one object).
    expect(parsed.reads?.Status).toBe(400);
    expect(errorsBody.parse(parsed.reads?.Content).Errors[0]).toContain(
      "The batch request 'reads' expands into 3 requests that ask for up to 450000 values; with the 1350004 already given to this batch that is more than the 1500000",
    );
    expect(parsed.after?.Status).toBe(409);
  });
});

async function dataServerOf(mock: MockFixture): Promise<string> {
  const servers = (await mock.get('/dataservers')).json as { Items: { WebId: string }[] };
  return servers.Items[0]?.WebId ?? '';
}

describe('ParentIds and JSONPath at scale (item 7)', () => {
  let mock: MockFixture;
  beforeAll(async () => {
    mock = await startMockFixture({ tagCount: 128, intervalSeconds: 1 });
  });
  afterAll(async () => mock?.server.close());

  it('runs a chain of 10,000 ParentIds: 207, every link 200', async () => {
    const body: Batch = {};
    for (let i = 0; i < 10_000; i++) body[`s${i}`] = { Method: 'GET', Resource: '/piwebapi/system/versions', ...(i > 0 ? { ParentIds: [`s${i - 1}`] } : {}) };
    const res = await mock.post('/batch', JSON.stringify(body));
    expect(res.status).toBe(207);
    const statuses = Object.values(batchResponse.parse(res.json)).map((s) => s.Status);
    expect(statuses).toHaveLength(10_000);
    expect(statuses.every((s) => s === 200)).toBe(true);
  });

  it('answers every link of a 10,000 chain under a failed root with 409', async () => {
    const body: Batch = { root: { Method: 'GET', Resource: '/piwebapi/points/NOTAWEBID' } };
    for (let i = 0; i < 10_000; i++) body[`s${i}`] = { Method: 'GET', Resource: '/piwebapi/system', ParentIds: [i === 0 ? 'root' : `s${i - 1}`] };
    const parsed = batchResponse.parse((await mock.post('/batch', JSON.stringify(body))).json);
    expect(parsed.root?.Status).toBe(400);
    expect(parsed.s0).toEqual({ Status: 409, Headers: {}, Content: 'The following ParentIds did not complete successfully: root.' });
    expect(parsed.s9999).toEqual({ Status: 409, Headers: {}, Content: 'The following ParentIds did not complete successfully: s9998.' });
  });

  it('answers a cycle of 10,000 with a 400 naming its first requests and its length', async () => {
    const body: Batch = {};
    for (let i = 0; i < 10_000; i++) body[`c${i}`] = { Method: 'GET', Resource: '/piwebapi/system', ParentIds: [`c${(i + 1) % 10_000}`] };
    const res = await mock.post('/batch', JSON.stringify(body));
    expect(res.status).toBe(400);
    expect(errorsBody.parse(res.json).Errors).toEqual([
      'The batch requests form a cycle through their ParentIds: c0 -> c1 -> c2 -> c3 -> c4 -> ... -> c0 (10000 requests in the cycle).',
    ]);
  });

  it('answers JSONPath [*] over 150,000 values, and a 400 naming the Parameter past MaxJsonPathItems', async () => {
    const webId = mock.world.catalogue.webId(0);
    const parent = { Method: 'GET', Resource: `/piwebapi/streams/${webId}/recorded?startTime=2024-01-01T00:00:00Z&endTime=2024-01-05T00:00:00Z&maxCount=150000&selectedFields=Items.Value` };
    const body: Batch = {
      p: parent,
      first: { Method: 'GET', Resource: '/piwebapi/system?v={0}', Parameters: ['$.p.Content.Items[*].Value'], ParentIds: ['p'] },
    };
    const res = await mock.post('/batch', JSON.stringify(body));
    expect(res.status).toBe(207);
    expect(batchResponse.parse(res.json).first?.Status).toBe(200);

    const strict = await startMockFixture({ tagCount: 128, intervalSeconds: 1, maxJsonPathItems: 100_000 });
    try {
      const parsed = batchResponse.parse((await strict.post('/batch', JSON.stringify(body))).json);
      expect(parsed.first?.Status).toBe(400);
      expect(errorsBody.parse(parsed.first?.Content).Errors).toEqual([
        "The Parameter '$.p.Content.Items[*].Value' of batch request 'first' selects more than 100000 values, the most one Parameter may select (MaxJsonPathItems).",
      ]);
    } finally {
      await strict.server.close();
    }
  });

  it('reads a large parent after its bytes went out and their buffer was reused for later answers', async () => {
    const window = 'startTime=2024-01-01T00:00:00Z&endTime=2024-01-05T00:00:00Z&maxCount=150000';
    const read = (tag: number) => ({ Method: 'GET', Resource: `/piwebapi/streams/${mock.world.catalogue.webId(tag)}/recorded?${window}` });
    const body: Batch = { p: read(0), x0: read(1), x1: read(2), x2: read(3) };
    // The value is echoed back in the 400 for a malformed WebID, so the answer shows what was read.
    body.c = { Method: 'GET', Resource: '/piwebapi/streams/{0}/value', Parameters: ['$.p.Content.Items[149999].Value'], ParentIds: ['p', 'x2'] };
    const parsed = batchResponse.parse((await mock.post('/batch', JSON.stringify(body))).json);
    const last = (parsed.p?.Content as { Items: { Value: number }[] }).Items[149_999]?.Value;
    expect(errorsBody.parse(parsed.c?.Content).Errors).toEqual([`Unknown or invalid WebID format: '${last}'.`]);
  });

  it('expands a RequestTemplate only as far as the JSONPath limit allows', async () => {
    const points = `/piwebapi/dataservers/${await dataServerOf(mock)}/points?maxCount=128&selectedFields=Items.WebId`;
    const body: Batch = {
      pts: { Method: 'GET', Resource: points },
      vals: { Method: 'GET', RequestTemplate: { Resource: '/piwebapi/streams/{0}/value' }, Parameters: ['$.pts.Content.Items[*].WebId'], ParentIds: ['pts'] },
    };
    const parsed = batchResponse.parse((await mock.post('/batch', JSON.stringify(body))).json);
    expect(batchTemplateContent.parse(parsed.vals?.Content).Total).toBe(128);
  });
});
