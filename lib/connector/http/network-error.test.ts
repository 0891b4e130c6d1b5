import { describe, expect, it } from 'vitest';
import { classifyNetworkError, errorCodeOf } from './network-error';

const url = 'http://pi.example/piwebapi/dataservers';

describe('errorCodeOf', () => {
  it('reads a string code, its cause, or the first AggregateError member', () => {
    expect(errorCodeOf(Object.assign(new Error('x'), { code: 'ECONNRESET' }))).toBe('ECONNRESET');
    expect(errorCodeOf(new Error('x', { cause: Object.assign(new Error('y'), { code: 'EPIPE' }) }))).toBe('EPIPE');
    const refused = Object.assign(new Error('z'), { code: 'ECONNREFUSED' });
    expect(errorCodeOf(new AggregateError([refused], 'all failed'))).toBe('ECONNREFUSED');
  });

  it('ignores numeric codes (DOMException) and non-errors', () => {
    expect(errorCodeOf(new DOMException('aborted', 'AbortError'))).toBe('UNKNOWN');
    expect(errorCodeOf('boom')).toBe('UNKNOWN');
    expect(errorCodeOf(null)).toBe('UNKNOWN');
  });
});

describe('classifyNetworkError', () => {
  it.each([
    ['UND_ERR_CONNECT_TIMEOUT', { kind: 'timeout', url, phase: 'connect' }, 'policy'],
    ['UND_ERR_HEADERS_TIMEOUT', { kind: 'timeout', url, phase: 'headers' }, 'policy'],
    ['UND_ERR_BODY_TIMEOUT', { kind: 'timeout', url, phase: 'body' }, 'policy'],
    ['ECONNRESET', { kind: 'unreachable', url, code: 'ECONNRESET' }, 'policy'],
    ['EPIPE', { kind: 'unreachable', url, code: 'EPIPE' }, 'policy'],
    ['UND_ERR_SOCKET', { kind: 'unreachable', url, code: 'UND_ERR_SOCKET' }, 'policy'],
    ['ECONNREFUSED', { kind: 'unreachable', url, code: 'ECONNREFUSED' }, 'few'],
    ['ENOTFOUND', { kind: 'unreachable', url, code: 'ENOTFOUND' }, 'none'],
    ['DEPTH_ZERO_SELF_SIGNED_CERT', { kind: 'unreachable', url, code: 'DEPTH_ZERO_SELF_SIGNED_CERT' }, 'none'],
    ['UND_ERR_ABORTED', { kind: 'aborted', url }, 'none'],
    ['UNKNOWN', { kind: 'unreachable', url, code: 'UNKNOWN' }, 'none'],
  ] as const)('%s', (code, error, retry) => {
    expect(classifyNetworkError(code, url)).toEqual({ error, retry });
  });
});
