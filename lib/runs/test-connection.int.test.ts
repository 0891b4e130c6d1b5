/** "Test connection" against a mock on 127.0.0.1, with and without the right credentials, and against nothing. */
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startMockFixture, type MockFixture } from '../pi-mock/test-support/mock-server-fixture';
import { connectionTestResult } from '../api-contract';
import { testConnection } from './test-connection';

let mock: MockFixture;
let secured: MockFixture;

beforeAll(async () => {
  mock = await startMockFixture({ tagCount: 128 });
  secured = await startMockFixture({ tagCount: 128, auth: { mode: 'basic', user: 'svc', password: 'right' } });
});
afterAll(async () => {
  await mock?.server.close();
  await secured?.server.close();
});

/** A port nothing listens on: bind one, note it, close it. */
async function closedPort(): Promise<number> {
  const server = http.createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

describe('testConnection', () => {
  it('reads the first point\'s last hour of recorded values', async () => {
    const result = await testConnection({ baseUrl: mock.server.url, auth: { mode: 'none' } });
    expect(connectionTestResult.safeParse(result).success).toBe(true);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const first = mock.world.catalogue.tag(0);
    expect(result.pointName).toBe(first.name);
    expect(result.endpoint).toBe(mock.server.url);
    expect(result.latencyMs).toBeGreaterThan(0);
    const direct = await mock.get(
      `/streams/${mock.world.catalogue.webId(0, 'IDOnly')}/recorded?startTime=${result.windowStart}&endTime=${result.windowEnd}&maxCount=10000`,
    );
    expect(result.values).toBe((direct.json as { Items: unknown[] }).Items.length);
    expect(result.values).toBeGreaterThanOrEqual(61);
  });

  it('passes the credentials it is given', async () => {
    const result = await testConnection({ baseUrl: secured.server.url, auth: { mode: 'basic', user: 'svc', password: 'right' } });
    expect(result.ok).toBe(true);
  });

  it('answers unauthorized for wrong credentials, without echoing them', async () => {
    const result = await testConnection({ baseUrl: secured.server.url, auth: { mode: 'basic', user: 'svc', password: 'wrong-pw' } });
    expect(result).toMatchObject({ ok: false, code: 'unauthorized', endpoint: secured.server.url });
    if (result.ok) return;
    expect(result.message).toContain('401');
    expect(result.message).not.toContain('wrong-pw');
  });

  it('answers unreachable for a URL nothing listens on', async () => {
    const url = `http://127.0.0.1:${await closedPort()}/piwebapi`;
    const result = await testConnection({ baseUrl: url, auth: { mode: 'none' } });
    expect(result).toMatchObject({ ok: false, code: 'unreachable', endpoint: url });
    // The URL was typed on the Connection page: the advice points there, not at PI_BASE_URL.
    if (!result.ok) expect(result.message).toBe(`Cannot reach the PI Web API at ${url}/dataservers?webIdType=IDOnly&selectedFields=Items.WebId;Items.Name (ECONNREFUSED): nothing is listening at that host and port; check the PI Web API URL saved on this page`);
  });

  it('answers http 404 for a server that is not a PI Web API at that path', async () => {
    const url = mock.server.url.replace(/\/piwebapi$/, '/elsewhere');
    const result = await testConnection({ baseUrl: url, auth: { mode: 'none' } });
    expect(result).toMatchObject({ ok: false, code: 'http' });
  });
});
