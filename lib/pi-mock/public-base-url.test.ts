import { describe, expect, it } from 'vitest';
import { publicBaseUrl, publicUrl, socketOrigin, wellFormedHost, type LinkBaseSources } from './public-base-url';

const OWN = 'http://127.0.0.1:8000';
const HOSTILE = { host: 'evil.example', 'x-forwarded-host': 'evil.example', 'x-forwarded-proto': 'javascript' };

function base(overrides: Partial<LinkBaseSources>): string {
  return publicBaseUrl({ trustProxy: false, headers: {}, ownOrigin: OWN, ...overrides });
}

describe('publicBaseUrl', () => {
  it('ignores Host and X-Forwarded-* without TRUST_PROXY (issue 11 item 8)', () => {
    expect(base({ headers: HOSTILE })).toBe('http://127.0.0.1:8000/piwebapi');
  });

  it.each([
    ['https://pi.example.com', 'https://pi.example.com/piwebapi'],
    ['https://pi.example.com/', 'https://pi.example.com/piwebapi'],
    ['https://PI.example.com:443/gw/pi/', 'https://pi.example.com/gw/pi/piwebapi'],
    ['http://pi.example.com:8080/PIWebAPI', 'http://pi.example.com:8080/PIWebAPI'],
  ])('puts the configured %s first, whatever the headers say', (configured, expected) => {
    expect(base({ configured, headers: HOSTILE })).toBe(expected);
    expect(base({ configured, headers: HOSTILE, trustProxy: true })).toBe(expected);
  });

  it.each<[string, Record<string, string>, string]>([
    ['a forwarded https host', { 'x-forwarded-proto': 'https', 'x-forwarded-host': 'pi.example.com:8443' }, 'https://pi.example.com:8443/piwebapi'],
    ['the client-facing hop of a list', { 'x-forwarded-proto': 'HTTPS, http', 'x-forwarded-host': 'pi.example.com, inner.local' }, 'https://pi.example.com/piwebapi'],
    ['Host when no X-Forwarded-Host', { 'x-forwarded-proto': 'https', host: 'pi.example.com' }, 'https://pi.example.com/piwebapi'],
    ['a javascript: proto ignored', { 'x-forwarded-proto': 'javascript', 'x-forwarded-host': 'pi.example.com' }, 'http://pi.example.com/piwebapi'],
    ['a host with a path ignored', { 'x-forwarded-host': 'evil.example/x', host: 'pi.example.com' }, 'http://pi.example.com/piwebapi'],
    ['a host with quotes ignored', { 'x-forwarded-host': 'evil.example"><script>' }, 'http://127.0.0.1:8000/piwebapi'],
    ['a host with credentials ignored', { 'x-forwarded-host': 'user@evil.example' }, 'http://127.0.0.1:8000/piwebapi'],
    ['a port out of range ignored', { 'x-forwarded-host': 'pi.example.com:70000' }, 'http://127.0.0.1:8000/piwebapi'],
    ['a numeric shorthand ignored', { 'x-forwarded-host': '0x7f.1' }, 'http://127.0.0.1:8000/piwebapi'],
    ['nothing forwarded', {}, 'http://127.0.0.1:8000/piwebapi'],
  ])('with TRUST_PROXY takes %s', (_name, headers, expected) => {
    expect(base({ trustProxy: true, headers })).toBe(expected);
  });

  it('uses the embedding app origin only when its host is allowed', () => {
    const allowed = (host: string) => host.split(':')[0] === 'localhost';
    expect(base({ ownOrigin: 'http://localhost:3000', isAllowedHost: allowed })).toBe('http://localhost:3000/piwebapi');
    expect(base({ ownOrigin: 'https://0.0.0.0:3000', isAllowedHost: allowed })).toBe('http://127.0.0.1:3000/piwebapi');
    expect(base({ ownOrigin: 'http://localhost:3000', isAllowedHost: allowed, headers: HOSTILE })).toBe('http://localhost:3000/piwebapi');
  });

  it('takes another mount path', () => {
    expect(base({}) + '|' + publicBaseUrl({ trustProxy: false, headers: {}, ownOrigin: OWN }, '/pi')).toBe('http://127.0.0.1:8000/piwebapi|http://127.0.0.1:8000/pi');
  });
});

describe('wellFormedHost', () => {
  it.each([
    ['PI.Example.com', 'pi.example.com'],
    ['pi.example.com:8443', 'pi.example.com:8443'],
    ['10.0.0.5:80', '10.0.0.5:80'],
    ['[::1]:8000', '[::1]:8000'],
    ['[fd00::5]', '[fd00::5]'],
    ['', null],
    ['[zz::1]', null],
    ['-evil.example', null],
    ['evil.example:', null],
    ['evil.example:0', null],
    ['evil example', null],
    ['evil.example\\@x', null],
    ['%65vil.example', null],
  ])('%j -> %j', (raw, expected) => {
    expect(wellFormedHost(raw)).toBe(expected);
  });
});

describe('publicUrl', () => {
  it.each([
    ['https://pi.example.com/gw', true],
    ['http://127.0.0.1:8000', true],
    ['javascript://evil.example/', false],
    ['ftp://pi.example.com', false],
    ['https://user:pw@pi.example.com', false],
    ['https://pi.example.com/?a=1', false],
    ['https://pi.example.com/#x', false],
    ['pi.example.com', false],
  ])('%j valid: %s', (raw, valid) => {
    expect(publicUrl.safeParse(raw).success).toBe(valid);
  });
});

describe('socketOrigin', () => {
  it.each<[string | undefined, number | undefined, string]>([
    ['127.0.0.1', 8000, 'http://127.0.0.1:8000'],
    ['::1', 8000, 'http://[::1]:8000'],
    ['::ffff:10.0.0.5', 8000, 'http://10.0.0.5:8000'],
    [undefined, undefined, 'http://127.0.0.1'],
  ])('%j:%j -> %s', (address, port, expected) => {
    expect(socketOrigin(address, port)).toBe(expected);
  });
});
