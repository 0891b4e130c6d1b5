import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PiClient } from './pi-client';

describe('refuseAddress: the address check made again when the socket connects', () => {
  let server: http.Server;
  let port = 0;
  let received = 0;
  beforeAll(async () => {
    server = http.createServer((_req, res) => {
      received++;
      res.setHeader('content-type', 'application/json');
      res.end('{"Items":[]}');
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    port = (server.address() as AddressInfo).port;
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  it('connects when the policy allows every address the name resolves to', async () => {
    const client = new PiClient({ baseUrl: `http://localhost:${port}/piwebapi`, auth: { mode: 'none' }, retry: { maxAttempts: 1 }, refuseAddress: () => null });
    try {
      const res = await client.get('/dataservers');
      // localhost may resolve to ::1 first, where nothing listens; 127.0.0.1 is tried too.
      expect(res.ok).toBe(true);
    } finally {
      await client.close();
    }
  });

  it('refuses before any byte is sent when the name now resolves to a refused address', async () => {
    const before = received;
    const client = new PiClient({
      baseUrl: `http://localhost:${port}/piwebapi`,
      auth: { mode: 'basic', user: 'u', password: 'secret' },
      retry: { maxAttempts: 1 },
      refuseAddress: (address) => (address === '127.0.0.1' || address === '::1' ? 'a test-refused address' : null),
    });
    try {
      const res = await client.get('/dataservers');
      expect(res.ok).toBe(false);
      expect(!res.ok && res.error).toMatchObject({ kind: 'unreachable', code: 'ERR_ADDRESS_REFUSED' });
      expect(received).toBe(before);
    } finally {
      await client.close();
    }
  });
});
