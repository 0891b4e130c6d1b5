/**
 * The mock answers gzip exactly when a request names it in Accept-Encoding, as PI Web API behind
 * IIS does, and the decoded body is byte for byte the identity answer.
 */
import { gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { itemsPoint } from '../pi-contract';
import { startMockFixture, type MockFixture } from './test-support/mock-server-fixture';
import { rawRequest } from './test-support/raw-request';

const WINDOW = 'startTime=2024-01-01T00:00:00Z&endTime=2024-01-01T02:00:00Z';

describe('gzip on the mock', () => {
  let mock: MockFixture;
  let webIds: string[];

  beforeAll(async () => {
    mock = await startMockFixture({ tagCount: 128 });
    const ds = ((await mock.get('/dataservers')).json as { Items: { WebId: string }[] }).Items[0]!.WebId;
    webIds = itemsPoint.parse((await mock.get(`/dataservers/${ds}/points?maxCount=200`)).json).Items.slice(0, 20).map((p) => p.WebId!);
  });
  afterAll(async () => mock?.server.close());

  const recordedUrl = () => `${mock.server.url}/streams/${webIds[0]}/recorded?${WINDOW}`;
  const streamSetUrl = () => `${mock.server.url}/streamsets/recorded?${webIds.map((id) => `webId=${id}`).join('&')}&${WINDOW}`;

  it.each([
    ['a recorded read', () => recordedUrl()],
    ['a stream-set read', () => streamSetUrl()],
    ['an error', () => `${mock.server.url}/streams/NOTAWEBID/recorded`],
  ])('gzips %s when asked, and the decoded body is the identity answer', async (_label, url) => {
    const plain = await rawRequest(url());
    const zipped = await rawRequest(url(), { headers: { 'Accept-Encoding': 'gzip, deflate' } });
    expect(zipped.status).toBe(plain.status);
    expect(zipped.headers['content-encoding']).toBe('gzip');
    expect(zipped.headers.vary).toBe('Accept-Encoding');
    expect(zipped.headers['content-length']).toBeUndefined();
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.headers.vary).toBe('Accept-Encoding');
    expect(Number(plain.headers['content-length'])).toBe(plain.body.length);
    expect(gunzipSync(zipped.body).equals(plain.body)).toBe(true);
  });

  it('gzips a streamed batch answer chunk by chunk to the same bytes', async () => {
    const body: Record<string, { Method: string; Resource: string }> = {};
    webIds.forEach((id, i) => (body[`r${i}`] = { Method: 'GET', Resource: `${mock.server.url}/streams/${id}/recorded?${WINDOW}` }));
    const headers = { 'X-Requested-With': 'test', 'Content-Type': 'application/json' };
    const init = { method: 'POST', body: JSON.stringify(body) };
    const plain = await rawRequest(`${mock.server.url}/batch`, { ...init, headers });
    const zipped = await rawRequest(`${mock.server.url}/batch`, { ...init, headers: { ...headers, 'Accept-Encoding': 'gzip' } });
    expect(plain.status).toBe(207);
    expect(zipped.headers['content-encoding']).toBe('gzip');
    const decoded = gunzipSync(zipped.body);
    expect(decoded.equals(plain.body)).toBe(true);
    // Synthetic PI JSON is repetitive: gzip must actually shrink it, not just wrap it.
    expect(zipped.body.length).toBeLessThan(plain.body.length / 4);
  });

  it.each([['identity'], ['deflate'], ['br'], ['*'], ['gzip;q=0'], ['gzip;q=oops']])('answers identity to Accept-Encoding: %s', async (acceptEncoding) => {
    const res = await rawRequest(recordedUrl(), { headers: { 'Accept-Encoding': acceptEncoding } });
    expect(res.status).toBe(200);
    expect(res.headers['content-encoding']).toBeUndefined();
    expect(JSON.parse(res.body.toString('utf8'))).toHaveProperty('Items');
  });

  it('answers HEAD without a body or an encoding', async () => {
    const res = await rawRequest(recordedUrl(), { method: 'HEAD', headers: { 'Accept-Encoding': 'gzip' } });
    expect(res.headers['content-encoding']).toBeUndefined();
    expect(res.body.length).toBe(0);
  });
});
