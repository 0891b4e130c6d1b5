import { describe, expect, it } from 'vitest';
import { QueryParams } from '../http/query-params';
import type { MockRequest } from '../http/types';
import type { MockAuth } from '../options';
import { checkAccess } from './check-access';

function request(headers: Record<string, string>, principal?: string): MockRequest {
  return { method: 'GET', path: '/system', query: new QueryParams(new URLSearchParams()), headers, body: null, baseUrl: 'http://localhost/piwebapi', ...(principal ? { principal } : {}) };
}

const basic = (user: string, password: string) => `Basic ${Buffer.from(`${user}:${password}`).toString('base64')}`;

describe('checkAccess with auth negotiate', () => {
  const both: MockAuth = { mode: 'negotiate', basic: { user: 'u', password: 'p' } };
  const only: MockAuth = { mode: 'negotiate' };

  it('admits a request whose connection the listener authenticated', () => {
    expect(checkAccess(request({}, 'svc-pi@PI.TEST'), only, true)).toBeNull();
  });

  it.each([
    ['Negotiate only', only, 'Negotiate'],
    ['Negotiate and Basic', both, 'Negotiate, Basic realm="PI Web API (mock)"'],
  ])('challenges with every enabled scheme (%s)', (_name, auth, challenge) => {
    const denied = checkAccess(request({}), auth, true);
    expect(denied?.status).toBe(401);
    expect(denied?.headers['WWW-Authenticate']).toBe(challenge);
  });

  it('accepts Basic only where it is offered, and only the right password', () => {
    expect(checkAccess(request({ authorization: basic('u', 'p') }), both, true)).toBeNull();
    expect(checkAccess(request({ authorization: basic('u', 'wrong') }), both, true)?.status).toBe(401);
    expect(checkAccess(request({ authorization: basic('u', 'p') }), only, true)?.status).toBe(401);
  });

  it('never takes an unverified Negotiate header for an authenticated connection', () => {
    expect(checkAccess(request({ authorization: 'Negotiate YWJj' }), only, true)?.status).toBe(401);
  });
});
