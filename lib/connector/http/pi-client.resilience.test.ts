import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { describeConnectorError, type ConnectorError } from '../errors';
import { localClients } from './local-client';
import { sendJson, startLocalTestServer, type TestHandler } from './local-test-server';
import { PiClient } from './pi-client';

const { setup, closeAfter } = localClients();

/** A port nothing listens on: bind an ephemeral one, then close it. */
async function closedPortBaseUrl(): Promise<string> {
  const server = await startLocalTestServer(() => undefined);
  await server.close();
  return server.baseUrl;
}

const hang: TestHandler = () => undefined;

describe('PiClient retries', () => {
  it('retries 503 with Retry-After: 0, then succeeds, counting the retries', async () => {
    const { server, client } = await setup((_req, res, index) =>
      index < 2 ? sendJson(res, 503, { Errors: ['busy'] }, { 'retry-after': '0' }) : sendJson(res, 200, { Items: [] }),
    );
    const result = await client.get('/dataservers');
    expect(result.ok && result.value.body.toString()).toBe('{"Items":[]}');
    expect(server.seen).toHaveLength(3);
    expect(client.metrics).toMatchObject({ requests: 3, retries: 2, retriesByReason: { 'status-503': 2 }, failures: 0 });
  });

  it('retries 429 and counts it by reason', async () => {
    const { client } = await setup((_req, res, index) =>
      index === 0 ? sendJson(res, 429, { Errors: ['Rate limit was reached'] }, { 'retry-after': '0' }) : sendJson(res, 200, {}),
    );
    expect((await client.get('/x')).ok).toBe(true);
    expect(client.metrics.retriesByReason).toEqual({ 'status-429': 1 });
  });

  it('honours a long Retry-After: no second request while it runs, and abort ends the wait', async () => {
    const controller = new AbortController();
    const { server, client } = await setup(
      (_req, res) => sendJson(res, 429, { Errors: ['Rate limit was reached'] }, { 'retry-after': '30' }),
      { signal: controller.signal },
    );
    setTimeout(() => controller.abort(), 150);
    const result = await client.get('/x');
    // With baseDelayMs 1 and no Retry-After, all 6 attempts would be spent within those 150 ms.
    expect(result).toEqual({ ok: false, error: { kind: 'aborted', url: `${server.origin}/piwebapi/x` } });
    expect(server.seen).toHaveLength(1);
    expect(client.metrics.retriesByReason).toEqual({ 'status-429': 1 });
  });

  it('gives up after maxAttempts with the last http error', async () => {
    const { server, client } = await setup((_req, res) => sendJson(res, 502, { Errors: ['bad gateway'] }), {
      retry: { baseDelayMs: 1, maxAttempts: 3 },
    });
    const result = await client.get('/x');
    expect(result).toEqual({
      ok: false,
      error: { kind: 'http', url: `${server.origin}/piwebapi/x`, status: 502, piErrors: ['bad gateway'] },
    });
    expect(server.seen).toHaveLength(3);
    expect(client.metrics).toMatchObject({ requests: 3, retries: 2, failures: 1 });
  });

  it('retries a connection reset in the middle of a response body', async () => {
    const { server, client } = await setup((_req, res, index) => {
      if (index > 0) return sendJson(res, 200, { Items: [1, 2, 3] });
      res.writeHead(200, { 'content-type': 'application/json', 'content-length': '100' });
      res.write('{"Items":[1,');
      setTimeout(() => res.socket?.destroy(), 10);
    });
    const result = await client.get('/x');
    expect(result.ok && result.value.body.toString()).toBe('{"Items":[1,2,3]}');
    expect(server.seen).toHaveLength(2);
    expect(client.metrics.retriesByReason).toEqual({ UND_ERR_SOCKET: 1 });
  });

  it('tries a refused connection only a few times (3), then reports it unreachable', async () => {
    const baseUrl = await closedPortBaseUrl();
    const client = closeAfter(new PiClient({ baseUrl, auth: { mode: 'none' }, retry: { baseDelayMs: 1 } }));
    const result = await client.get('/system');
    expect(result).toEqual({ ok: false, error: { kind: 'unreachable', url: `${baseUrl}/system`, code: 'ECONNREFUSED' } });
    expect(client.metrics).toMatchObject({ requests: 3, retries: 2, retriesByReason: { ECONNREFUSED: 2 }, failures: 1 });
  });
});

describe('PiClient timeouts and cancellation', () => {
  it('classifies a server that never answers as a headers timeout, retried', async () => {
    const { server, client } = await setup(hang, { headersTimeoutMs: 100, retry: { baseDelayMs: 1, maxAttempts: 2 } });
    const result = await client.get('/x');
    expect(result).toEqual({ ok: false, error: { kind: 'timeout', url: `${server.origin}/piwebapi/x`, phase: 'headers' } });
    expect(server.seen).toHaveLength(2);
    expect(client.metrics.retriesByReason).toEqual({ UND_ERR_HEADERS_TIMEOUT: 1 });
  });

  it('classifies a body that stalls as a body timeout', async () => {
    const { server, client } = await setup(
      (_req, res) => {
        res.writeHead(200, { 'content-type': 'application/json', 'content-length': '100' });
        res.write('{"Items":[');
      },
      { bodyTimeoutMs: 100, retry: { maxAttempts: 1 } },
    );
    const result = await client.get('/x');
    expect(result).toEqual({ ok: false, error: { kind: 'timeout', url: `${server.origin}/piwebapi/x`, phase: 'body' } });
  });

  it('aborts an in-flight request through the client signal', async () => {
    const controller = new AbortController();
    const { server, client } = await setup(hang, { signal: controller.signal });
    setTimeout(() => controller.abort(), 50);
    expect(await client.get('/x')).toEqual({ ok: false, error: { kind: 'aborted', url: `${server.origin}/piwebapi/x` } });
    expect(client.metrics.failures).toBe(1);
  });

  it('aborts through a per-call signal (linked with the client signal), and sends nothing when already aborted', async () => {
    const { server, client } = await setup(hang, { signal: new AbortController().signal });
    const controller = new AbortController();
    setTimeout(() => controller.abort(), 50);
    expect((await client.get('/a', { signal: controller.signal })).ok).toBe(false);
    const again = await client.get('/b', { signal: AbortSignal.abort() });
    expect(again).toEqual({ ok: false, error: { kind: 'aborted', url: `${server.origin}/piwebapi/b` } });
    expect(server.seen.map((r) => r.url)).toEqual(['/piwebapi/a']);
  });
});

describe('credentials never leak', () => {
  const user = 'CORP\\reader';
  const password = 'hunter2-S3CRET';
  const token = 'eyJ-SECRET-TOKEN';
  const basic = Buffer.from(`${user}:${password}`).toString('base64');

  function expectClean(error: ConnectorError) {
    for (const text of [JSON.stringify(error), describeConnectorError(error)]) {
      expect(text).not.toContain(password);
      expect(text).not.toContain(basic);
      expect(text).not.toContain(token);
    }
  }

  it('in unauthorized, http, timeout, contract and unreachable errors and in metrics', async () => {
    const errors: ConnectorError[] = [];
    const { client } = await setup(
      (req, res) => {
        if (req.url?.endsWith('/401')) return sendJson(res, 401, { Errors: ['denied'] }, { 'www-authenticate': 'Basic realm="x"' });
        if (req.url?.endsWith('/400')) return sendJson(res, 400, { Errors: ['bad'] });
        if (req.url?.endsWith('/bad-json')) return sendJson(res, 200, 'not json');
      },
      { auth: { mode: 'basic', user, password }, headersTimeoutMs: 100, retry: { maxAttempts: 1 } },
    );
    for (const path of ['/401', '/400', '/hang']) {
      const r = await client.get(path);
      if (!r.ok) errors.push(r.error);
    }
    const contract = await client.getJson('/bad-json', z.unknown());
    if (!contract.ok) errors.push(contract.error);
    const refused = closeAfter(new PiClient({ baseUrl: await closedPortBaseUrl(), auth: { mode: 'bearer', token }, retry: { maxAttempts: 1 } }));
    const r = await refused.get('/x');
    if (!r.ok) errors.push(r.error);
    expect(errors.map((e) => e.kind)).toEqual(['unauthorized', 'http', 'timeout', 'contract', 'unreachable']);
    errors.forEach(expectClean);
    expect(JSON.stringify([client.metrics, refused.metrics])).not.toContain(password);
  });

  it('rejects a base URL with credentials without echoing them', () => {
    expect(() => new PiClient({ baseUrl: `https://bob:${password}@pi/piwebapi`, auth: { mode: 'none' } })).toThrow(
      'PI base URL must not contain credentials; pass them as auth (PI_USER/PI_PASSWORD)',
    );
  });
});
