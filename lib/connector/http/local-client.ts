/**
 * A PiClient against a local test server (local-test-server.ts), for this folder's tests: call
 * `localClients()` at the top of a test file; each `setup` starts a server with the test's
 * handler and a client with fast retries, and both are closed after each test.
 */
import { afterEach } from 'vitest';
import { startLocalTestServer, type LocalTestServer, type TestHandler } from './local-test-server';
import { PiClient } from './pi-client';
import type { PiClientOptions } from './types';

export interface LocalClients {
  setup(handler: TestHandler, options?: Partial<PiClientOptions>): Promise<{ server: LocalTestServer; client: PiClient }>;
  /** A client the test made itself, closed with the others. */
  closeAfter(client: PiClient): PiClient;
}

export function localClients(): LocalClients {
  const servers: LocalTestServer[] = [];
  const clients: PiClient[] = [];
  afterEach(async () => {
    await Promise.all(clients.splice(0).map((c) => c.close()));
    await Promise.all(servers.splice(0).map((s) => s.close()));
  });
  return {
    async setup(handler, options = {}) {
      const server = await startLocalTestServer(handler);
      servers.push(server);
      const client = new PiClient({ baseUrl: server.baseUrl, auth: { mode: 'none' }, retry: { baseDelayMs: 1 }, ...options });
      clients.push(client);
      return { server, client };
    },
    closeAfter(client) {
      clients.push(client);
      return client;
    },
  };
}
