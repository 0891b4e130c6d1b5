import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { describeConnectorError } from '../errors';
import { localClients } from './local-client';
import { sendJson, type TestHandler } from './local-test-server';

const { setup } = localClients();

const okHandler: TestHandler = (_req, res) => sendJson(res, 200, { Items: [] });

describe('PiClient requests', () => {
  it('sends Accept, Accept-Encoding and no CSRF header or Content-Type on a GET', async () => {
    const { server, client } = await setup(okHandler);
    const result = await client.get('/dataservers?nameFilter=*');
    expect(result.ok && result.value.status).toBe(200);
    expect(result.ok && result.value.url).toBe(`${server.origin}/piwebapi/dataservers?nameFilter=*`);
    const seen = server.seen[0];
    expect(seen?.url).toBe('/piwebapi/dataservers?nameFilter=*');
    expect(seen?.headers.accept).toBe('application/json');
    expect(seen?.headers['accept-encoding']).toBe('gzip, deflate');
    expect(seen?.headers['x-requested-with']).toBeUndefined();
    expect(seen?.headers['content-type']).toBeUndefined();
    expect(seen?.headers.authorization).toBeUndefined();
  });

  it('sends X-Requested-With and Content-Type on a POST, with the body', async () => {
    const { server, client } = await setup((_req, res) => sendJson(res, 207, { a: { Status: 200 } }));
    const result = await client.post('/batch', '{"a":{"Method":"GET","Resource":"x"}}');
    expect(result.ok && result.value.status).toBe(207);
    const seen = server.seen[0];
    expect(seen?.method).toBe('POST');
    expect(seen?.headers['x-requested-with']).toBe('XMLHttpRequest');
    expect(seen?.headers['content-type']).toBe('application/json');
    expect(seen?.body).toBe('{"a":{"Method":"GET","Resource":"x"}}');
  });

  it('sends Basic credentials as base64(user:password)', async () => {
    const { server, client } = await setup(okHandler, { auth: { mode: 'basic', user: 'CORP\\reader', password: 'p@ss:word' } });
    await client.get('/system/userinfo');
    expect(server.seen[0]?.headers.authorization).toBe(`Basic ${Buffer.from('CORP\\reader:p@ss:word').toString('base64')}`);
  });

  it('sends a bearer token', async () => {
    const { server, client } = await setup(okHandler, { auth: { mode: 'bearer', token: 'tok-123' } });
    await client.get('/system');
    expect(server.seen[0]?.headers.authorization).toBe('Bearer tok-123');
  });

  it('sends an absolute Links URL to its own origin, path and query kept', async () => {
    const { server, client } = await setup(okHandler);
    await client.get('https://PISRV01.corp.example/piwebapi/points/P1/recorded?startTime=*-1d&maxCount=10');
    expect(server.seen[0]?.url).toBe('/piwebapi/points/P1/recorded?startTime=*-1d&maxCount=10');
  });

  it('reuses keep-alive connections for sequential requests', async () => {
    const { server, client } = await setup(okHandler);
    for (let i = 0; i < 20; i++) expect((await client.get('/system')).ok).toBe(true);
    // undici's pool sees the first socket as busy for a tick after a body ends, so it may open a
    // second one; without keep-alive this would be 20.
    expect(server.connectionCount()).toBeLessThanOrEqual(2);
  });

  it('keeps at most `connections` requests in flight', async () => {
    let inFlight = 0;
    let maxInFlight = 0;
    const { client } = await setup(
      (_req, res) => {
        inFlight += 1;
        maxInFlight = Math.max(maxInFlight, inFlight);
        setTimeout(() => {
          inFlight -= 1;
          sendJson(res, 200, {});
        }, 20);
      },
      { connections: 2 },
    );
    const results = await Promise.all(Array.from({ length: 6 }, () => client.get('/system')));
    expect(results.every((r) => r.ok)).toBe(true);
    expect(maxInFlight).toBe(2);
  });
});

describe('PiClient bodies', () => {
  const json = { Items: [{ Timestamp: '2024-01-01T00:00:00Z', Value: 1.5, Good: true }] };
  const schema = z.object({ Items: z.array(z.object({ Timestamp: z.string(), Value: z.number() })) });

  it('decodes a gzip body and counts wire and decoded bytes', async () => {
    const plain = Buffer.from(JSON.stringify(json).padEnd(4000, ' '));
    const wire = gzipSync(plain);
    const { client } = await setup((_req, res) => {
      res.writeHead(200, { 'content-type': 'application/json', 'content-encoding': 'gzip', 'content-length': wire.length });
      res.end(wire);
    });
    const result = await client.getJson('/streams/x/recorded', schema);
    expect(result).toEqual({ ok: true, value: { Items: [{ Timestamp: '2024-01-01T00:00:00Z', Value: 1.5 }] } });
    expect(client.metrics.wireBytes).toBe(wire.length);
    expect(client.metrics.bytes).toBe(plain.length);
  });

  it('returns a contract error naming the URL on a schema mismatch', async () => {
    const { server, client } = await setup((_req, res) => sendJson(res, 200, { Items: [{ Timestamp: 1 }] }));
    const result = await client.getJson('/streams/x/recorded', schema);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.kind).toBe('contract');
    expect(result.error.url).toBe(`${server.origin}/piwebapi/streams/x/recorded`);
    expect(result.error.kind === 'contract' && result.error.issues).toContain('Items[0].Timestamp');
    expect(client.metrics.failures).toBe(1);
  });

  it('returns a contract error on invalid JSON', async () => {
    const { server, client } = await setup((_req, res) => sendJson(res, 200, '{"Items":['));
    const result = await client.getJson('/x', schema);
    expect(result.ok === false && result.error.kind === 'contract' && result.error.url).toBe(`${server.origin}/piwebapi/x`);
    expect(result.ok === false && result.error.kind === 'contract' && result.error.issues).toMatch(/^body is not valid JSON/);
  });

  it('hands an empty 204 body to the schema as undefined', async () => {
    const { client } = await setup((_req, res) => {
      res.writeHead(204);
      res.end();
    });
    expect(await client.getJson('/system/userinfo', z.object({ Name: z.string() }).optional())).toEqual({ ok: true, value: undefined });
  });
});

describe('PiClient status handling', () => {
  it('fails fast on 400 with the PI Errors', async () => {
    const { server, client } = await setup((_req, res) =>
      sendJson(res, 400, { Errors: ["Unknown or invalid WebID format: 'bad'."] }),
    );
    const result = await client.get('/streams/bad/value');
    expect(result).toEqual({
      ok: false,
      error: { kind: 'http', url: `${server.origin}/piwebapi/streams/bad/value`, status: 400, piErrors: ["Unknown or invalid WebID format: 'bad'."] },
    });
    expect(server.seen).toHaveLength(1);
    expect(client.metrics).toMatchObject({ requests: 1, retries: 0, failures: 1 });
  });

  it.each([404, 409, 413])('does not retry %i', async (status) => {
    const { server, client } = await setup((_req, res) => sendJson(res, status, { Errors: ['no'] }));
    const result = await client.get('/x');
    expect(result.ok === false && result.error.kind === 'http' && result.error.status).toBe(status);
    expect(server.seen).toHaveLength(1);
  });

  it('maps 401 to unauthorized without retrying, naming the schemes the server accepts', async () => {
    const { server, client } = await setup((_req, res) =>
      sendJson(res, 401, { Errors: ['Authorization has been denied for this request.'] }, { 'www-authenticate': 'Basic realm="PI", Negotiate' }),
    );
    const result = await client.get('/dataservers');
    expect(result).toEqual({
      ok: false,
      error: {
        kind: 'unauthorized',
        url: `${server.origin}/piwebapi/dataservers`,
        status: 401,
        message: 'Authorization has been denied for this request. (sent no credentials; server accepts Basic, Negotiate)',
      },
    });
    expect(server.seen).toHaveLength(1);
    expect(result.ok === false && describeConnectorError(result.error)).toMatch(/refused the credentials \(401\)/);
  });

  it('maps 403 on a GET to unauthorized, on a POST to http (CSRF or permission)', async () => {
    const { client } = await setup((_req, res) => sendJson(res, 403, { Errors: ['Forbidden'] }));
    const got = await client.get('/x');
    expect(got.ok === false && got.error.kind === 'unauthorized' && got.error.status).toBe(403);
    const posted = await client.post('/batch', '{}');
    expect(posted.ok === false && posted.error.kind === 'http' && posted.error.status).toBe(403);
  });

  it('treats a WebException in a 200 body as a failure with its StatusCode', async () => {
    const { server, client } = await setup((_req, res) =>
      sendJson(res, 200, { WebException: { Errors: ['Parameter (maxCount) is invalid.'], StatusCode: 400 } }),
    );
    const result = await client.get('/streams/x/recorded');
    expect(result).toEqual({
      ok: false,
      error: { kind: 'http', url: `${server.origin}/piwebapi/streams/x/recorded`, status: 400, piErrors: ['Parameter (maxCount) is invalid.'] },
    });
    expect(server.seen).toHaveLength(1);
  });

  it('retries a retryable WebException StatusCode', async () => {
    const { client } = await setup((_req, res, index) =>
      index === 0
        ? sendJson(res, 200, { Items: [], WebException: { Errors: ['stream failed'], StatusCode: 500 } })
        : sendJson(res, 200, { Items: [] }),
    );
    expect((await client.get('/x')).ok).toBe(true);
    expect(client.metrics.retriesByReason).toEqual({ 'webexception-500': 1 });
  });
});
