/**
 * Issue 11, findings 1, 2, 3 and 6, through the route handlers as Next serves them (the root
 * proxy, then the route). Canary servers on 127.0.0.1 record what reached them; runs are not
 * started for real (startRun is stubbed), the rest is the real code.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { sendJson, startLocalTestServer, type LocalTestServer } from '@/lib/connector/http/local-test-server';
import { apiErrorBody } from '@/lib/api-contract';
import { ok } from '@/lib/result';
import { closeBronzeStore, resetConnection } from '@/lib/runs';
import * as connectionRoute from './connection/route';
import * as connectionTestRoute from './connection/test/route';
import * as runsRoute from './runs/route';
import * as tiersRoute from './tiers/route';
import { dispatch, ownRequest } from './test-support/dispatch';

vi.mock('@/lib/runs/start-run', () => ({
  startRun: vi.fn(async () => ok({ runId: 'run-stub', done: Promise.resolve() })),
}));

let canaryA: LocalTestServer;
let canaryB: LocalTestServer;
let bronzeDir: string;
const LONG_ERROR = `SECRET-${'s'.repeat(993)}`;

beforeAll(async () => {
  canaryA = await startLocalTestServer((_req, res) => sendJson(res, 404, { Errors: [LONG_ERROR] }));
  canaryB = await startLocalTestServer((_req, res) => sendJson(res, 404, { Errors: ['nothing here'] }));
  bronzeDir = mkdtempSync(path.join(tmpdir(), 'security-findings-'));
  vi.stubEnv('BRONZE_DB_FILE', path.join(bronzeDir, 'bronze.duckdb'));
});
afterAll(async () => {
  await canaryA?.close();
  await canaryB?.close();
  await closeBronzeStore();
  vi.unstubAllEnvs();
  rmSync(bronzeDir, { recursive: true, force: true });
});
afterEach(() => {
  resetConnection();
  canaryA.seen.length = 0;
  canaryB.seen.length = 0;
});

async function errorOf(response: Response): Promise<{ code: string; message: string }> {
  return apiErrorBody.parse(await response.json()).error;
}

const noParams = {};

describe('finding 1: a saved password goes only to the origin it was saved for', () => {
  it('a PUT that moves only the URL is refused naming password, and the test sends nothing to the new host', async () => {
    const first = await dispatch(ownRequest('PUT', '/api/connection', { url: canaryA.baseUrl, auth: 'basic', user: 'svc', password: 'pw' }), connectionRoute.PUT, noParams);
    expect(first.status).toBe(200);
    const moved = await dispatch(ownRequest('PUT', '/api/connection', { url: canaryB.baseUrl, auth: 'basic', user: 'svc' }), connectionRoute.PUT, noParams);
    expect(moved.status).toBe(400);
    expect((await errorOf(moved)).message).toMatch(/^password: required for basic auth: the saved one belongs to http:\/\/127\.0\.0\.1:\d+, not/);
    await dispatch(ownRequest('POST', '/api/connection/test', { target: 'external' }), connectionTestRoute.POST, noParams);
    expect(canaryB.seen.map((r) => r.headers.authorization)).toEqual([]);
  });
});

describe('finding 2: only the presenter\'s own pages change anything', () => {
  it.each<[string, Record<string, string>, number, string, RegExp]>([
    ['another origin', { origin: 'http://evil.example' }, 403, 'forbidden', /^origin: http:\/\/evil\.example /],
    ['Origin: null', { origin: 'null' }, 403, 'forbidden', /^origin: null /],
    ['text/plain', { 'content-type': 'text/plain' }, 415, 'unsupported_media_type', /^content-type: expected application\/json, got text\/plain$/],
    ['a cross-site fetch', { 'sec-fetch-site': 'cross-site' }, 403, 'forbidden', /^sec-fetch-site: /],
  ])('POST /api/runs from %s is refused before a run starts', async (_name, headers, status, code, message) => {
    const request = ownRequest('POST', '/api/runs', { tier: 30240, partitions: 64 }, headers);
    const response = await dispatch(request, runsRoute.POST, noParams);
    expect(response.status).toBe(status);
    const error = await errorOf(response);
    expect(error.code).toBe(code);
    expect(error.message).toMatch(message);
  });

  it('POST /api/connection/test with Origin: null makes no outbound request', async () => {
    await dispatch(ownRequest('PUT', '/api/connection', { url: canaryA.baseUrl, auth: 'none' }), connectionRoute.PUT, noParams);
    const response = await dispatch(ownRequest('POST', '/api/connection/test', { target: 'external' }, { origin: 'null' }), connectionTestRoute.POST, noParams);
    expect(response.status).toBe(403);
    expect(canaryA.seen).toHaveLength(0);
  });

  it('a rebound name (any Host but ours) gets 421, GET included', async () => {
    for (const [handler, method] of [
      [runsRoute.GET, 'GET'],
      [tiersRoute.GET, 'GET'],
      [runsRoute.POST, 'POST'],
    ] as const) {
      const response = await dispatch(ownRequest(method, method === 'GET' ? '/api/runs' : '/api/runs', method === 'GET' ? undefined : {}, { host: 'evil.example' }), handler, noParams);
      expect(response.status).toBe(421);
      expect((await errorOf(response)).message).toBe('host: evil.example is not a name this server answers to; add it to ALLOWED_HOSTS');
    }
  });

  it('the dashboard\'s own requests pass: a JSON POST, and a bodiless DELETE', async () => {
    expect((await dispatch(ownRequest('POST', '/api/runs', { tier: 128 }), runsRoute.POST, noParams)).status).toBe(202);
    const forget = ownRequest('DELETE', '/api/connection');
    forget.headers.delete('content-type');
    expect((await dispatch(forget, connectionRoute.DELETE, noParams)).status).toBe(200);
  });
});

describe('finding 3: the connection URL reaches no metadata address, and what a server says is bounded', () => {
  it.each([
    ['http://169.254.169.254/latest/meta-data', '169.254.169.254 is a link-local address'],
    ['http://[::ffff:169.254.169.254]/', '::ffff:a9fe:a9fe is a link-local address'],
    ['http://[fe80::1]/piwebapi', 'fe80::1 is a link-local IPv6 address'],
    ['http://[fd00:ec2::254]/latest', 'fd00:ec2::254 is the AWS instance metadata service'],
  ])('PUT %s is a 400 naming url', async (url, start) => {
    const response = await dispatch(ownRequest('PUT', '/api/connection', { url, auth: 'none' }), connectionRoute.PUT, noParams);
    expect(response.status).toBe(400);
    expect((await errorOf(response)).message.startsWith(`url: ${start}`)).toBe(true);
  });

  it('a private-network URL is still saved', async () => {
    const response = await dispatch(ownRequest('PUT', '/api/connection', { url: 'https://10.20.30.40/piwebapi', auth: 'none' }), connectionRoute.PUT, noParams);
    expect(response.status).toBe(200);
  });

  it('a connection test shows at most 200 characters of the remote answer', async () => {
    await dispatch(ownRequest('PUT', '/api/connection', { url: canaryA.baseUrl, auth: 'none' }), connectionRoute.PUT, noParams);
    const response = await dispatch(ownRequest('POST', '/api/connection/test', { target: 'external' }), connectionTestRoute.POST, noParams);
    const body = (await response.json()) as { ok: boolean; message: string };
    expect(body.ok).toBe(false);
    expect(body.message).toContain(`SECRET-${'s'.repeat(193)}…`);
    expect(body.message).not.toContain('s'.repeat(194));
  });
});

describe('finding 6: bodies over 4 MiB are refused with 413, unread', () => {
  const FIVE_MIB = 5 * 1024 * 1024;

  it.each([
    ['POST /api/runs', 'POST', '/api/runs', runsRoute.POST],
    ['PUT /api/connection', 'PUT', '/api/connection', connectionRoute.PUT],
    ['POST /api/connection/test', 'POST', '/api/connection/test', connectionTestRoute.POST],
  ] as const)('%s with a 5 MiB JSON body', async (_name, method, route, handler) => {
    const response = await dispatch(ownRequest(method, route, { tier: 128, padding: 'x'.repeat(FIVE_MIB) }), handler, noParams);
    expect(response.status).toBe(413);
    expect(await errorOf(response)).toEqual({ code: 'payload_too_large', message: 'body: larger than the limit of 4194304 bytes' });
  });

  it('a chunked body without a length is cut off at the limit, not buffered whole', async () => {
    let pulledBytes = 0;
    const endless = new ReadableStream<Uint8Array>(
      {
        pull(controller) {
          pulledBytes += 65_536;
          controller.enqueue(new TextEncoder().encode(' '.repeat(65_536)));
        },
      },
      { highWaterMark: 0 },
    );
    const request = new Request('http://127.0.0.1:3000/api/runs', {
      method: 'POST',
      headers: { host: '127.0.0.1:3000', 'content-type': 'application/json', 'transfer-encoding': 'chunked' },
      body: endless,
      duplex: 'half',
    } as RequestInit);
    const response = await dispatch(request, runsRoute.POST, noParams);
    expect(response.status).toBe(413);
    expect(pulledBytes).toBeLessThanOrEqual(4 * 1024 * 1024 + 65_536);
  });
});
