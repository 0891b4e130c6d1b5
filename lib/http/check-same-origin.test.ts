import { describe, expect, it } from 'vitest';
import { checkSameOrigin } from './check-same-origin';

function headers(init: Record<string, string>): Headers {
  return new Headers({ host: '127.0.0.1:3000', ...init });
}

describe('checkSameOrigin', () => {
  it.each([
    ['the page served by this server', { origin: 'http://127.0.0.1:3000' }],
    ['fetch metadata alone', { 'sec-fetch-site': 'same-origin' }],
    ['both', { origin: 'http://127.0.0.1:3000', 'sec-fetch-site': 'same-origin' }],
    ['an address-bar navigation', { 'sec-fetch-site': 'none' }],
    ['no browser at all (curl, tests)', {}],
    ['an https page behind a TLS proxy', { origin: 'https://127.0.0.1:3000' }],
  ])('lets through %s', (_name, init) => {
    expect(checkSameOrigin(headers(init))).toBeNull();
  });

  it('compares default ports under the origin scheme', () => {
    expect(checkSameOrigin(new Headers({ host: 'localhost:80', origin: 'http://localhost' }))).toBeNull();
    expect(checkSameOrigin(new Headers({ host: 'demo.example', origin: 'https://demo.example' }))).toBeNull();
  });

  it.each([
    ['another site', { origin: 'http://evil.example' }, "origin: http://evil.example is not this server's origin (127.0.0.1:3000)"],
    ['another port', { origin: 'http://127.0.0.1:3001' }, "origin: http://127.0.0.1:3001 is not this server's origin (127.0.0.1:3000)"],
    ['another loopback name', { origin: 'http://localhost:3000' }, "origin: http://localhost:3000 is not this server's origin (127.0.0.1:3000)"],
    ['a sandboxed frame or file: page', { origin: 'null' }, 'origin: null (a sandboxed frame, a file: page or a redirect) may not change anything here'],
    ['a non-http origin', { origin: 'chrome-extension://abc' }, 'origin: chrome-extension://abc is not an http(s) origin'],
    ['an origin with a path', { origin: 'http://127.0.0.1:3000/x' }, "origin: http://127.0.0.1:3000/x is not this server's origin (127.0.0.1:3000)"],
    ['garbage', { origin: '%%%' }, 'origin: "%%%" is not an http(s) origin'],
    ['an empty Origin', { origin: '' }, 'origin: "" is not an http(s) origin'],
    ['a cross-site fetch without Origin', { 'sec-fetch-site': 'cross-site' }, 'sec-fetch-site: a cross-site request may not change anything here'],
    ['a sibling subdomain', { 'sec-fetch-site': 'same-site' }, 'sec-fetch-site: a same-site request may not change anything here'],
    ['a matching Origin on a cross-site fetch', { origin: 'http://127.0.0.1:3000', 'sec-fetch-site': 'cross-site' }, 'sec-fetch-site: a cross-site request may not change anything here'],
  ])('refuses %s with 403 naming the header', (_name, init, message) => {
    expect(checkSameOrigin(headers(init))).toEqual({ code: 'forbidden', message });
  });

  it('refuses an Origin when there is no Host to compare it with', () => {
    expect(checkSameOrigin(new Headers({ origin: 'http://127.0.0.1:3000' }))).toEqual({
      code: 'forbidden',
      message: "origin: http://127.0.0.1:3000 is not this server's origin (no Host header)",
    });
  });
});
