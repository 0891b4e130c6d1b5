import { describe, expect, it } from 'vitest';
import { QueryParams } from '../http/query-params';
import { collectBody } from '../http/response-body';
import type { MockRequest } from '../http/types';
import { dispatcher } from '../router/routes';
import type { HandlerContext } from '../router/types';
import { MockWorld } from '../world';
import { batchRoute } from './batch-route';

// The amplifying batch of issue 11 ran on a 1-second grid: 150,000 values fit in under two days.
const world = new MockWorld({ tagCount: 30240, intervalSeconds: 1, seed: 1 });
const LONG = 'startTime=2024-01-01T00:00:00Z&endTime=2024-01-05T00:00:00Z&maxCount=150000&selectedFields=Items.Value';

/** The batch route over the real router, counting the sub-requests it runs. */
function countingRoute() {
  const counter = { dispatched: 0 };
  const route = batchRoute((w, req) => {
    counter.dispatched++;
    return dispatcher.dispatch(w, req);
  });
  return { route, counter };
}

function contextFor(batch: unknown): HandlerContext {
  const req: MockRequest = { method: 'POST', path: '/batch', query: new QueryParams(''), headers: {}, body: Buffer.from(JSON.stringify(batch)), baseUrl: 'http://127.0.0.1/piwebapi' };
  return { req, params: {}, world, webIdType: 'Full', url: (path) => req.baseUrl + path };
}

const reads = (count: number) =>
  Object.fromEntries(Array.from({ length: count }, (_, i) => [`r${i}`, { Method: 'GET', Resource: `/piwebapi/streams/${world.catalogue.webId(i)}/recorded?${LONG}` }]));

describe('batch budget (default 10 x MaxReturnedItemsPerCall = 1,500,000 values)', () => {
  it('refuses 40 reads of 150,000 values with a 400 before running any of them', async () => {
    const { route, counter } = countingRoute();
    const res = await route.handler(contextFor(reads(40)));
    expect(res.status).toBe(400);
    expect(JSON.parse((await collectBody(res.body)).toString('utf8'))).toEqual({
      Errors: [
        'The batch asks for up to 6000000 values, more than the 1500000 one batch may return (MaxBatchValues); past that budget: ' +
          "requests 'r10' (150000), 'r11' (150000), 'r12' (150000), 'r13' (150000), 'r14' (150000), 'r15' (150000), 'r16' (150000), " +
          "'r17' (150000), 'r18' (150000), 'r19' (150000) and 20 more. Split the batch, or ask for fewer values per request (maxCount, a shorter time range).",
      ],
    });
    expect(counter.dispatched).toBe(0);
  });

  it('runs 10 such reads (exactly the budget), and refuses 11', async () => {
    const allowed = countingRoute();
    const res = await allowed.route.handler(contextFor(reads(10)));
    expect(res.status).toBe(207);
    const answer = JSON.parse((await collectBody(res.body)).toString('utf8')) as Record<string, { Content: { Items: unknown[] } }>;
    expect(Object.values(answer).map((s) => s.Content.Items.length)).toEqual(Array(10).fill(150_000));
    expect(allowed.counter.dispatched).toBe(10);
    const refused = countingRoute();
    expect((await refused.route.handler(contextFor(reads(11)))).status).toBe(400);
    expect(refused.counter.dispatched).toBe(0);
  });

  it('renders a streamed answer only as it is pulled', async () => {
    const { route, counter } = countingRoute();
    const res = await route.handler(contextFor(reads(10)));
    expect(counter.dispatched).toBe(0);
    if (Buffer.isBuffer(res.body)) throw new Error('expected a streamed body');
    const it = res.body[Symbol.asyncIterator]();
    await it.next();
    // A chunk goes out once 4 MiB are pending: two reads of ~2.5 MB each.
    expect(counter.dispatched).toBe(2);
    await it.return?.();
    expect(counter.dispatched).toBe(2);
  });
});
