import { describe, expect, it } from 'vitest';
import { checkJsonContentType } from './check-json-content-type';

describe('checkJsonContentType', () => {
  it.each([
    ['POST', { 'content-type': 'application/json' }],
    ['PUT', { 'content-type': 'Application/JSON; charset=utf-8' }],
    ['PATCH', { 'content-type': 'application/json', 'content-length': '2' }],
    ['DELETE', {}],
    ['DELETE', { 'content-length': '0' }],
    ['DELETE', { 'content-type': 'application/json', 'content-length': '2' }],
  ])('accepts %s %j', (method, init) => {
    expect(checkJsonContentType(method, new Headers(init))).toBeNull();
  });

  it.each([
    ['POST', { 'content-type': 'text/plain' }, 'text/plain'],
    ['POST', { 'content-type': 'text/plain;charset=UTF-8', 'content-length': '2' }, 'text/plain'],
    ['POST', { 'content-type': 'application/x-www-form-urlencoded' }, 'application/x-www-form-urlencoded'],
    ['PUT', { 'content-type': 'multipart/form-data; boundary=x' }, 'multipart/form-data'],
    ['POST', { 'content-type': 'application/json-patch+json' }, 'application/json-patch+json'],
    ['POST', {}, 'none'],
    ['DELETE', { 'content-type': 'text/plain', 'content-length': '5' }, 'text/plain'],
    ['DELETE', { 'transfer-encoding': 'chunked' }, 'none'],
  ])('refuses %s %j with 415 naming content-type', (method, init, got) => {
    expect(checkJsonContentType(method, new Headers(init))).toEqual({
      code: 'unsupported_media_type',
      message: `content-type: expected application/json, got ${got}`,
    });
  });
});
