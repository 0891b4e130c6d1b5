/**
 * Issue 11, finding 1, on the wire: credentials go to the client's own origin and nowhere else.
 * undici's Pool follows no redirect (there is no redirect interceptor on it), so a 3xx pointing
 * elsewhere is an error; a canary on 127.0.0.1 records whether anything, Authorization above
 * all, reached it.
 */
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { sendJson, startLocalTestServer, type LocalTestServer } from './local-test-server';
import { PiClient } from './pi-client';

let canary: LocalTestServer;
const opened: Array<{ close(): Promise<void> }> = [];

beforeAll(async () => {
  canary = await startLocalTestServer((_req, res) => sendJson(res, 200, { Items: [] }));
});
afterAll(async () => {
  await canary?.close();
});
afterEach(async () => {
  await Promise.all(opened.splice(0).map((o) => o.close()));
  canary.seen.length = 0;
});

const AUTH = { mode: 'basic', user: 'svc', password: 'pw-only-for-the-pi-server' } as const;
const BASIC = `Basic ${Buffer.from('svc:pw-only-for-the-pi-server').toString('base64')}`;

/** A PI server that redirects every request to the canary with the given status. */
async function redirectingServer(status: number): Promise<LocalTestServer> {
  const server = await startLocalTestServer((req, res) => {
    res.writeHead(status, { location: `${canary.baseUrl}${req.url ?? '/'}`, 'content-length': '0' });
    res.end();
  });
  opened.push(server);
  return server;
}

function clientFor(server: LocalTestServer): PiClient {
  const client = new PiClient({ baseUrl: server.baseUrl, auth: AUTH, retry: { maxAttempts: 1 } });
  opened.push(client);
  return client;
}

describe('PiClient never carries credentials to another origin', () => {
  it.each([301, 302, 303, 307, 308])('a %i to another origin is an error, not followed', async (status) => {
    const server = await redirectingServer(status);
    const client = clientFor(server);
    const got = await client.get('/dataservers');
    expect(got).toMatchObject({ ok: false, error: { kind: 'http', status } });
    const posted = await client.post('/batch', '{}');
    expect(posted).toMatchObject({ ok: false, error: { kind: 'http', status } });
    expect(server.seen.map((r) => r.headers.authorization)).toEqual([BASIC, BASIC]);
    expect(canary.seen).toHaveLength(0);
  });

  it('sends a Links URL naming another origin to its own origin, path and query only', async () => {
    const server = await startLocalTestServer((_req, res) => sendJson(res, 200, { Items: [] }));
    opened.push(server);
    const client = clientFor(server);
    const got = await client.get(`${canary.baseUrl}/streams/W1/recorded?maxCount=1`);
    expect(got.ok).toBe(true);
    expect(server.seen.map((r) => [r.url, r.headers.authorization])).toEqual([['/piwebapi/streams/W1/recorded?maxCount=1', BASIC]]);
    expect(canary.seen).toHaveLength(0);
  });
});
