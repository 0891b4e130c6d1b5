import { describe, expect, it } from 'vitest';
import { authorizationHeader, offeredSchemes } from './auth';

describe('authorizationHeader', () => {
  it('is absent for anonymous access', () => {
    expect(authorizationHeader({ mode: 'none' })).toBeUndefined();
  });

  it('encodes Basic as base64(user:password), domain backslash and UTF-8 included', () => {
    expect(authorizationHeader({ mode: 'basic', user: 'Aladdin', password: 'open sesame' })).toBe(
      'Basic QWxhZGRpbjpvcGVuIHNlc2FtZQ==',
    );
    const header = authorizationHeader({ mode: 'basic', user: 'CORP\\pi-reader', password: 'pä:ss' });
    expect(Buffer.from(header?.slice('Basic '.length) ?? '', 'base64').toString('utf8')).toBe('CORP\\pi-reader:pä:ss');
  });

  it('sends a bearer token as is', () => {
    expect(authorizationHeader({ mode: 'bearer', token: 'eyJhbGciOi.x.y' })).toBe('Bearer eyJhbGciOi.x.y');
  });
});

describe('offeredSchemes', () => {
  it.each([
    [undefined, []],
    ['Negotiate', ['Negotiate']],
    ['Basic realm="PI Web API", Negotiate, NTLM', ['Basic', 'Negotiate', 'NTLM']],
    ['Basic realm="x", charset="UTF-8", Bearer', ['Basic', 'Bearer']],
  ])('%s', (header, expected) => {
    expect(offeredSchemes(header)).toEqual(expected);
  });
});
