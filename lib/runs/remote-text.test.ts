import { describe, expect, it } from 'vitest';
import { boundConnectorError, boundRemoteText, describeRemoteFailure, MAX_REMOTE_TEXT_CHARS } from './remote-text';

describe('boundRemoteText', () => {
  it('keeps a short, clean message as it is', () => {
    expect(boundRemoteText('The specified point was not found.')).toBe('The specified point was not found.');
  });

  it('puts a multi-line answer on one line', () => {
    expect(boundRemoteText('line one\r\n\tline two\n')).toBe('line one line two');
  });

  it.each([
    ['a terminal escape', 'ok\u001b[2J\u001b[31mred', 'ok [2J [31mred'],
    ['NUL and DEL', 'a\u0000b\u007fc', 'a b c'],
    ['a C1 control', 'a\u0085b', 'a b'],
    ['a bidi override', 'abc\u202edcba', 'abc dcba'],
    ['a line separator', 'a\u2028b', 'a b'],
  ])('strips %s', (_name, text, expected) => {
    expect(boundRemoteText(text)).toBe(expected);
  });

  it(`cuts at ${MAX_REMOTE_TEXT_CHARS} characters, never inside a surrogate pair`, () => {
    const bounded = boundRemoteText('x'.repeat(199) + '😀'.repeat(10));
    expect(Array.from(bounded)).toHaveLength(MAX_REMOTE_TEXT_CHARS + 1);
    expect(bounded.endsWith('x😀…')).toBe(true);
  });
});

describe('describeRemoteFailure', () => {
  // Issue 11, finding 3: 400 characters of whatever the remote answered came back to the page.
  it('shows at most 200 characters of what a server answered', () => {
    const secretPage = 'A'.repeat(150) + 'B'.repeat(250);
    const message = describeRemoteFailure({ kind: 'http', url: 'http://10.0.0.5/piwebapi/dataservers', status: 500, piErrors: [secretPage] });
    expect(message).toBe(`The PI Web API answered 500 for http://10.0.0.5/piwebapi/dataservers: ${'A'.repeat(150)}${'B'.repeat(50)}…`);
  });

  it('bounds the reason of a 401 and a contract failure, and leaves our own kinds alone', () => {
    const long = 'z'.repeat(1000);
    expect(boundConnectorError({ kind: 'unauthorized', url: 'u', status: 401, message: long })).toEqual({ kind: 'unauthorized', url: 'u', status: 401, message: `${'z'.repeat(200)}…` });
    expect(boundConnectorError({ kind: 'contract', url: 'u', issues: long })).toEqual({ kind: 'contract', url: 'u', issues: `${'z'.repeat(200)}…` });
    expect(boundConnectorError({ kind: 'unreachable', url: 'u', code: 'ECONNREFUSED' })).toEqual({ kind: 'unreachable', url: 'u', code: 'ECONNREFUSED' });
  });
});
