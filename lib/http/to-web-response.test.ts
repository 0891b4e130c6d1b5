import { describe, expect, it } from 'vitest';
import { toWebResponse } from './to-web-response';

const json = Buffer.from('{"Items":[]}');

describe('toWebResponse', () => {
  it('copies status, headers and body', async () => {
    const response = toWebResponse({ status: 200, headers: { 'content-type': 'application/json; charset=utf-8' }, body: json });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/json; charset=utf-8');
    expect(await response.text()).toBe('{"Items":[]}');
  });

  it('sends no body for 204 and for HEAD', async () => {
    expect(await toWebResponse({ status: 204, headers: {}, body: Buffer.alloc(0) }).text()).toBe('');
    const head = toWebResponse({ status: 200, headers: { 'content-type': 'application/json' }, body: json }, 'HEAD');
    expect(head.status).toBe(200);
    expect(await head.text()).toBe('');
  });

  it('keeps a 503 with Retry-After', async () => {
    const body = Buffer.from('{"Errors":["busy"]}');
    const response = toWebResponse({ status: 503, headers: { 'retry-after': '1' }, body });
    expect(response.status).toBe(503);
    expect(response.headers.get('retry-after')).toBe('1');
    expect(await response.json()).toEqual({ Errors: ['busy'] });
  });
});
