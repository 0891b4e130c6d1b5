import { describe, expect, it } from 'vitest';
import { parseBaseUrlOrThrow, resolveTarget } from './resolve-target';

const base = parseBaseUrlOrThrow('https://pi.corp.local:8443/piwebapi/');

describe('parseBaseUrlOrThrow', () => {
  it('splits origin and base path, dropping the trailing slash', () => {
    expect(base).toEqual({ origin: 'https://pi.corp.local:8443', basePath: '/piwebapi' });
  });

  it('rejects credentials in the URL without repeating them', () => {
    expect(() => parseBaseUrlOrThrow('https://bob:s3cret@pi/piwebapi')).toThrow(/must not contain credentials/);
    try {
      parseBaseUrlOrThrow('https://bob:s3cret@pi/piwebapi');
    } catch (e) {
      expect(String(e)).not.toContain('s3cret');
    }
  });

  it('rejects junk and non-http schemes', () => {
    expect(() => parseBaseUrlOrThrow('pi/piwebapi')).toThrow('not a valid absolute URL');
    expect(() => parseBaseUrlOrThrow('ftp://pi/piwebapi')).toThrow('must use http or https, not ftp:');
  });
});

describe('resolveTarget', () => {
  it.each([
    ['/dataservers', '/piwebapi/dataservers'],
    ['dataservers?nameFilter=x', '/piwebapi/dataservers?nameFilter=x'],
    ['', '/piwebapi'],
    ['?x=1', '/piwebapi?x=1'],
    // A Links URL naming the server by another host name still goes to our origin.
    ['https://PISRV01.corp.local/piwebapi/points/F1DPabc/recorded?startTime=*-1d', '/piwebapi/points/F1DPabc/recorded?startTime=*-1d'],
  ])('%s', (pathOrUrl, path) => {
    expect(resolveTarget(base, pathOrUrl)).toEqual({ ok: true, value: { path, url: `https://pi.corp.local:8443${path}` } });
  });

  it('maps a host-root base to "/"', () => {
    expect(resolveTarget(parseBaseUrlOrThrow('http://127.0.0.1:9000'), '')).toEqual({
      ok: true,
      value: { path: '/', url: 'http://127.0.0.1:9000/' },
    });
  });
});
