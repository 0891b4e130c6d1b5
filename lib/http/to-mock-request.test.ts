import { describe, expect, it } from 'vitest';
import type { MockRequest } from '../pi-mock/http/types';
import { pathBelowMount, toMockRequest } from './to-mock-request';

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

async function adapt(request: Request): Promise<MockRequest> {
  const result = await toMockRequest(request);
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
    const result = await toMockRequest(new Request('http://localhost/piwebapi/points/%zz'));
    if (result.ok) throw new Error('expected a 400');
    expect(result.error.status).toBe(400);
    expect(JSON.parse(result.error.body.toString('utf8'))).toEqual({
      Errors: ["The path '/piwebapi/points/%zz' has a malformed percent-encoding."],
    });
  });

  it('builds links from the Host the client used, not the URL Next rebuilt', async () => {
    const direct = await adapt(new Request('http://localhost:3000/piwebapi/', { headers: { host: '127.0.0.1:3000' } }));
    expect(direct.baseUrl).toBe('http://127.0.0.1:3000/piwebapi');
    const proxied = await adapt(
      new Request('http://localhost:3000/piwebapi/', {
        headers: { host: '127.0.0.1:3000', 'x-forwarded-proto': 'https', 'x-forwarded-host': 'demo.example.com' },
      }),
    );
    expect(proxied.baseUrl).toBe('https://demo.example.com/piwebapi');
  });
});
