import { describe, expect, it } from 'vitest';
import type { MockRequest } from '@/lib/pi-mock';
import { pathBelowMount, toMockRequest } from './to-mock-request';
import { countingBody } from './counting-body.test-support';

describe('pathBelowMount', () => {
  it.each([
    ['/piwebapi', '/'],
    ['/piwebapi/', '/'],
    ['/piwebapi/dataservers', '/dataservers'],
    ['/PIWebAPI/points/P1/recorded', '/points/P1/recorded'],
    ['/piwebapi/streams/A%20B/value', '/streams/A B/value'],
    ['/piwebapi/elements/%5C%5CSRV%5CDb', '/elements/\\\\SRV\\Db'],
    ['/piwebapi/bad%zz/x', null],
  ])('%s -> %s', (pathname, expected) => {
    expect(pathBelowMount(pathname, '/piwebapi')).toBe(expected);
  });
});

/** The standalone mock's default MaxRequestContentLength. */
const LIMIT_BYTES = 4 * 1024 * 1024;

async function adapt(request: Request): Promise<MockRequest> {
  const result = await toMockRequest(request, LIMIT_BYTES);
  if (!result.ok) throw new Error(`expected a MockRequest, got ${result.error.status}`);
  return result.value;
}

describe('toMockRequest', () => {
  it('adapts a GET with query and headers', async () => {
    const request = new Request('http://127.0.0.1:3000/piwebapi/streams/W1/recorded?startTime=*-1h&webId=A&webid=B', {
      headers: { 'X-Requested-With': 'demo', Authorization: 'Bearer t' },
    });
    const mock = await adapt(request);
    expect(mock.method).toBe('GET');
    expect(mock.path).toBe('/streams/W1/recorded');
    expect(mock.baseUrl).toBe('http://127.0.0.1:3000/piwebapi');
    expect(mock.query.get('STARTTIME')).toBe('*-1h');
    expect(mock.query.getAll('webId')).toEqual(['A', 'B']);
    expect(mock.headers['x-requested-with']).toBe('demo');
    expect(mock.headers.authorization).toBe('Bearer t');
    expect(mock.body).toBeNull();
  });

  it('keeps a POST body as bytes', async () => {
    const json = '{"1":{"Method":"GET","Resource":"x"}}';
    const mock = await adapt(new Request('http://localhost/piwebapi/batch', { method: 'post', body: json }));
    expect(mock.method).toBe('POST');
    expect(mock.path).toBe('/batch');
    expect(mock.body?.toString('utf8')).toBe(json);
  });

  it('gives an empty POST body as null', async () => {
    const mock = await adapt(new Request('http://localhost/piwebapi/batch', { method: 'POST' }));
    expect(mock.body).toBeNull();
  });

  it('answers a malformed percent-encoding with a PI-style 400', async () => {
    const result = await toMockRequest(new Request('http://localhost/piwebapi/points/%zz'), LIMIT_BYTES);
    if (result.ok) throw new Error('expected a 400');
    expect(result.error.status).toBe(400);
    expect(JSON.parse(result.error.body.toString('utf8'))).toEqual({
      Errors: ["The path '/piwebapi/points/%zz' has a malformed percent-encoding."],
    });
  });

  it('builds links from the Host the client used, not the URL Next rebuilt', async () => {
    const direct = await adapt(new Request('http://localhost:3000/piwebapi/', { headers: { host: '127.0.0.1:3000' } }));
    expect(direct.baseUrl).toBe('http://127.0.0.1:3000/piwebapi');
  });

  it('never takes links from X-Forwarded-* or a Host this server does not answer to, unless TRUST_PROXY', async () => {
    const hostile = { host: 'evil.example', 'x-forwarded-proto': 'javascript', 'x-forwarded-host': 'evil.example' };
    const plain = { mountPath: '/piwebapi', trustProxy: false, allowedHosts: [] };
    const ignored = await toMockRequest(new Request('http://localhost:3000/piwebapi/', { headers: hostile }), LIMIT_BYTES, plain);
    expect(ignored.ok && ignored.value.baseUrl).toBe('http://localhost:3000/piwebapi');
    const forwarded = { host: '127.0.0.1:3000', 'x-forwarded-proto': 'https', 'x-forwarded-host': 'demo.example.com' };
    const untrusted = await toMockRequest(new Request('http://localhost:3000/piwebapi/', { headers: forwarded }), LIMIT_BYTES, plain);
    expect(untrusted.ok && untrusted.value.baseUrl).toBe('http://127.0.0.1:3000/piwebapi');
    const trusted = await toMockRequest(new Request('http://localhost:3000/piwebapi/', { headers: forwarded }), LIMIT_BYTES, { ...plain, trustProxy: true });
    expect(trusted.ok && trusted.value.baseUrl).toBe('https://demo.example.com/piwebapi');
    const malformed = await toMockRequest(new Request('http://localhost:3000/piwebapi/', { headers: { ...hostile, host: '127.0.0.1:3000' } }), LIMIT_BYTES, {
      ...plain,
      trustProxy: true,
    });
    // A javascript scheme is never taken; evil.example is a well-formed host, which a trusted proxy may set.
    expect(malformed.ok && malformed.value.baseUrl).toBe('http://evil.example/piwebapi');
  });
});


function postBatch(body: ReadableStream<Uint8Array>, headers: Record<string, string> = {}): Request {
  return new Request('http://127.0.0.1:3000/piwebapi/batch', { method: 'POST', body, headers, duplex: 'half' } as RequestInit);
}

async function refusal(request: Request): Promise<{ status: number; json: unknown }> {
  const result = await toMockRequest(request, LIMIT_BYTES);
  if (result.ok) throw new Error('expected a 413');
  return { status: result.error.status, json: JSON.parse(result.error.body.toString('utf8')) };
}

describe('toMockRequest body limit (MaxRequestContentLength)', () => {
  const tooLarge = { Errors: [`The request body exceeds MaxRequestContentLength (${LIMIT_BYTES} bytes).`] };

  it('answers 413 to a 400 MB body without reading it all: it stops one chunk past the limit', async () => {
    const body = countingBody(64 * 1024, 6_400);
    expect(await refusal(postBatch(body.stream))).toEqual({ status: 413, json: tooLarge });
    expect(body.pulledBytes()).toBe(LIMIT_BYTES + 64 * 1024);
  });

  it('answers 413 on a Content-Length over the limit before reading a byte', async () => {
    const body = countingBody(64 * 1024, 6_400);
    expect(await refusal(postBatch(body.stream, { 'content-length': String(400 * 1024 * 1024) }))).toEqual({ status: 413, json: tooLarge });
    expect(body.pulledBytes()).toBe(0);
  });

  it('reads a body of exactly the limit', async () => {
    const body = countingBody(64 * 1024, LIMIT_BYTES / (64 * 1024));
    const mock = await adapt(postBatch(body.stream));
    expect(mock.body?.length).toBe(LIMIT_BYTES);
  });
});
