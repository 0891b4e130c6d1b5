/**
 * The dashboard's embedded `/piwebapi` route end to end (issue 11, items 5 and 6): Vitest runs
 * lib/ only, so the route's test lives beside its adapters. A 400 MB POST to /piwebapi/batch was
 * buffered whole (server 669 MB -> 1.85 GB); now the body limit stops it, and a batch answer
 * reaches the client as a stream.
 */
import { describe, expect, it } from 'vitest';
import { POST } from '@/app/piwebapi/[[...path]]/route';
import { currentWorld } from '@/lib/pi-mock/embedded';
import { countingBody } from './counting-body.test-support';

const MIB = 1024 * 1024;


function batchPost(body: BodyInit, headers: Record<string, string> = {}): Request {
  return new Request('http://127.0.0.1:3000/piwebapi/batch', {
    method: 'POST',
    body,
    headers: { 'X-Requested-With': 'test', 'Content-Type': 'application/json', ...headers },
    duplex: 'half',
  } as RequestInit);
}

describe('POST /piwebapi/batch on the dashboard', () => {
  it("answers a 400 MB body with PI's 413 after reading no more than the limit and one chunk", async () => {
    const limit = currentWorld().options.maxRequestContentLength;
    const body = countingBody(64 * 1024, 6_400);
    const res = await POST(batchPost(body.stream));
    expect(res.status).toBe(413);
    expect(await res.json()).toEqual({ Errors: [`The request body exceeds MaxRequestContentLength (${limit} bytes).`] });
    expect(body.pulledBytes()).toBeLessThanOrEqual(limit + 64 * 1024);
  });

  it('streams a large batch answer in chunks, each rendered when the client reads', async () => {
    const world = currentWorld();
    const window = 'startTime=2023-01-01T00:00:00Z&endTime=2024-01-01T00:00:00Z&maxCount=150000';
    const batch = Object.fromEntries(
      [0, 1, 2].map((i) => [String(i), { Method: 'GET', Resource: `/piwebapi/streams/${world.catalogue.webId(i)}/recorded?${window}` }]),
    );
    const res = await POST(batchPost(JSON.stringify(batch)));
    expect(res.status).toBe(207);
    const reader = res.body?.getReader();
    if (!reader) throw new Error('expected a body');
    const chunks: Uint8Array[] = [];
    for (let next = await reader.read(); !next.done; next = await reader.read()) chunks.push(next.value);
    expect(chunks.length).toBeGreaterThan(1);
    const text = Buffer.concat(chunks).toString('utf8');
    expect(text.length).toBeGreaterThan(40 * MIB);
    const parsed = JSON.parse(text) as Record<string, { Status: number; Content: { Items: unknown[] } }>;
    expect(Object.values(parsed).map((s) => [s.Status, s.Content.Items.length])).toEqual([
      [200, 150_000],
      [200, 150_000],
      [200, 150_000],
    ]);
  });
});
