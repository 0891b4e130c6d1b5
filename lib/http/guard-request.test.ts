import { describe, expect, it } from 'vitest';
import { apiErrorBody } from '../api-contract';
import { guardRequest } from './guard-request';

const OPTIONS = { allowedHosts: ['demo.corp.example'] };

function request(method: string, path: string, headers: Record<string, string>, body?: string): Request {
  return new Request(`http://localhost:3000${path}`, { method, headers: { host: '127.0.0.1:3000', ...headers }, body });
}

describe('guardRequest', () => {
  it.each([
    ['a page', 'GET', '/connection', {}],
    ['an API read', 'GET', '/api/runs', { origin: 'http://evil.example' }],
    ['a same-origin JSON POST', 'POST', '/api/runs', { origin: 'http://127.0.0.1:3000', 'content-type': 'application/json' }],
    ['a bodiless same-origin DELETE', 'DELETE', '/api/connection', { origin: 'http://127.0.0.1:3000' }],
    ['a connector POSTing a batch to the embedded PI Web API', 'POST', '/piwebapi/batch', { 'content-type': 'text/plain' }],
    ['a configured host', 'GET', '/api/runs', { host: 'demo.corp.example:3000' }],
  ])('lets through %s', (_name, method, path, headers) => {
    expect(guardRequest(request(method, path, headers), OPTIONS)).toBeNull();
  });

  it.each([
    // Finding 2 of issue 11: these started a run (202).
    ['a cross-origin JSON POST', 'POST', '/api/runs', { origin: 'http://evil.example', 'content-type': 'application/json' }, 403, 'forbidden', /^origin: /],
    ['a same-origin text/plain POST', 'POST', '/api/runs', { 'content-type': 'text/plain' }, 415, 'unsupported_media_type', /^content-type: /],
    ['Origin: null', 'POST', '/api/connection/test', { origin: 'null', 'content-type': 'application/json' }, 403, 'forbidden', /^origin: null/],
    ['a cross-site PUT', 'PUT', '/api/connection', { 'sec-fetch-site': 'cross-site', 'content-type': 'application/json' }, 403, 'forbidden', /^sec-fetch-site: /],
    ['a cross-origin DELETE', 'DELETE', '/api/runs/r1', { origin: 'http://evil.example' }, 403, 'forbidden', /^origin: /],
    ['an encoded path to the API', 'POST', '/%61pi/runs', { 'content-type': 'text/plain' }, 415, 'unsupported_media_type', /^content-type: /],
    ['a wrong Host on a read', 'GET', '/api/runs', { host: 'evil.example' }, 421, 'misdirected_request', /^host: evil\.example /],
    ['a wrong Host on a page', 'GET', '/', { host: 'evil.example:3000' }, 421, 'misdirected_request', /^host: /],
    ['a wrong Host before any origin check', 'POST', '/api/runs', { host: 'evil.example', origin: 'http://evil.example' }, 421, 'misdirected_request', /^host: /],
  ])('refuses %s', async (_name, method, path, headers, status, code, message) => {
    const response = guardRequest(request(method, path, headers), OPTIONS);
    expect(response?.status).toBe(status);
    const body = apiErrorBody.parse(await response?.json());
    expect(body.error.code).toBe(code);
    expect(body.error.message).toMatch(message);
  });

  it.each(['/piwebapi/dataservers', '/PIWEBAPI', '/%70iwebapi/batch'])('answers a wrong Host under %s in PI style', async (path) => {
    const response = guardRequest(request('GET', path, { host: 'evil.example' }), OPTIONS);
    expect(response?.status).toBe(421);
    expect(await response?.json()).toEqual({ Errors: ['host: evil.example is not a name this server answers to; add it to ALLOWED_HOSTS'] });
  });
});
