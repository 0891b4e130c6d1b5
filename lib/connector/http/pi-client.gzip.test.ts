import { afterEach, describe, expect, it } from 'vitest';
import { sendJson, startLocalTestServer, type LocalTestServer } from './local-test-server';
import { PiClient } from './pi-client';

const servers: LocalTestServer[] = [];
const clients: PiClient[] = [];

afterEach(async () => {
  await Promise.all(clients.splice(0).map((c) => c.close()));
  await Promise.all(servers.splice(0).map((s) => s.close()));
});

async function seenAcceptEncoding(gzip: boolean | undefined, method: 'get' | 'post'): Promise<string | undefined> {
  const server = await startLocalTestServer((_req, res) => sendJson(res, 200, { Items: [] }));
  servers.push(server);
  const client = new PiClient({ baseUrl: server.baseUrl, auth: { mode: 'none' }, ...(gzip === undefined ? {} : { gzip }) });
  clients.push(client);
  const result = method === 'get' ? await client.get('/points') : await client.post('/batch', '{}');
  expect(result.ok).toBe(true);
  return server.seen[0]?.headers['accept-encoding'];
}

describe('PiClient gzip option', () => {
  it.each(['get', 'post'] as const)('asks for gzip by default (%s)', async (method) => {
    expect(await seenAcceptEncoding(undefined, method)).toBe('gzip, deflate');
    expect(await seenAcceptEncoding(true, method)).toBe('gzip, deflate');
  });

  it.each(['get', 'post'] as const)('sends no Accept-Encoding when gzip is off (%s), so the server answers identity', async (method) => {
    expect(await seenAcceptEncoding(false, method)).toBeUndefined();
  });
});
