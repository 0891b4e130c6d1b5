import { describe, expect, it } from 'vitest';
import { checkHost } from './check-host';
import { parseHostHeader } from './host-header';

describe('parseHostHeader', () => {
  it.each([
    ['127.0.0.1:3000', { hostname: '127.0.0.1', port: '3000' }],
    ['LocalHost', { hostname: 'localhost', port: '' }],
    ['[::1]:3000', { hostname: '[::1]', port: '3000' }],
    ['pi_demo.corp.example:443', { hostname: 'pi_demo.corp.example', port: '443' }],
  ])('%s -> %j', (value, expected) => {
    expect(parseHostHeader(value)).toEqual(expected);
  });

  it.each(['', ' localhost', 'localhost:', 'localhost:99999', 'user@localhost', 'localhost/x', '::1', 'a b', '127.0.0.1:3000,evil.example', '-evil'])(
    'refuses %j',
    (value) => {
      expect(parseHostHeader(value)).toBeNull();
    },
  );
});

describe('checkHost', () => {
  it.each(['127.0.0.1', '127.0.0.1:3000', 'localhost:1', 'LOCALHOST:3000', '[::1]', '[::1]:65535'])('answers the loopback name %s on any port', (host) => {
    expect(checkHost(host, [])).toBeNull();
  });

  it('answers the configured names on any port', () => {
    expect(checkHost('demo.corp.example:8443', ['demo.corp.example'])).toBeNull();
    expect(checkHost('[fd00::5]:3000', ['[fd00::5]'])).toBeNull();
  });

  it.each([
    ['evil.example', 'host: evil.example is not a name this server answers to; add it to ALLOWED_HOSTS'],
    ['EVIL.example:3000', 'host: evil.example is not a name this server answers to; add it to ALLOWED_HOSTS'],
    // Another name for loopback is still another name: a rebinding page could use it.
    ['127.0.0.2:3000', 'host: 127.0.0.2 is not a name this server answers to; add it to ALLOWED_HOSTS'],
    ['2130706433', 'host: 2130706433 is not a name this server answers to; add it to ALLOWED_HOSTS'],
    ['localhost.evil.example', 'host: localhost.evil.example is not a name this server answers to; add it to ALLOWED_HOSTS'],
    ['127.0.0.1@evil.example', 'host: 127.0.0.1@evil.example is not a valid host[:port]'],
    ['evil\u0000.example', 'host: "evil\\u0000.example" is not a valid host[:port]'],
    ['', 'host: "" is not a valid host[:port]'],
  ])('refuses %j with 421 naming the host', (host, message) => {
    expect(checkHost(host, ['demo.corp.example'])).toEqual({ code: 'misdirected_request', message });
  });

  it('refuses a request that names no host', () => {
    expect(checkHost(null, [])).toEqual({ code: 'misdirected_request', message: 'host: the request names no host' });
  });

  it('echoes at most 100 characters of a bad header', () => {
    const refusal = checkHost(`${'x'.repeat(5000)}/`, []);
    expect(refusal?.message.length).toBeLessThan(150);
  });
});
