import { describe, expect, it } from 'vitest';
import type { ConnectorError } from '../connector/errors';
import { describeTestFailure } from './describe-test-failure';

const url = 'http://pi.example:8080/piwebapi/dataservers';

describe('describeTestFailure', () => {
  it.each([
    ['ECONNREFUSED', 'saved', `Cannot reach the PI Web API at ${url} (ECONNREFUSED): nothing is listening at that host and port; check the PI Web API URL saved on this page`],
    ['ENOTFOUND', 'saved', `Cannot reach the PI Web API at ${url} (ENOTFOUND): the host name does not resolve; check the PI Web API URL saved on this page`],
    ['ENOTFOUND', 'env', `Cannot reach the PI Web API at ${url} (ENOTFOUND): the host name does not resolve; check PI_BASE_URL in the server environment`],
    ['EWEIRD', 'saved', `Cannot reach the PI Web API at ${url} (EWEIRD): check the PI Web API URL saved on this page, the network and any VPN or firewall`],
    ['DEPTH_ZERO_SELF_SIGNED_CERT', 'saved', `Cannot reach the PI Web API at ${url} (DEPTH_ZERO_SELF_SIGNED_CERT): the server's TLS certificate is not trusted; use the host name it was issued for, or start the server with NODE_EXTRA_CA_CERTS naming its CA`],
    ['ECONNREFUSED', 'embedded', `Cannot reach the PI Web API at ${url} (ECONNREFUSED): nothing is listening at that host and port; check the server log: the embedded mock did not answer`],
  ] as const)('an unreachable %s server (%s) says what to check', (code, source, message) => {
    expect(describeTestFailure({ kind: 'unreachable', url, code }, source)).toBe(message);
  });

  it('points a refused login at the form for a saved connection, at PI_* for one from the environment', () => {
    const error = { kind: 'unauthorized', url, status: 401, message: 'Basic realm\u202e denied' } as const;
    expect(describeTestFailure(error, 'saved')).toBe(`The PI Web API at ${url} refused the credentials (401): Basic realm denied. Check the authentication, user and password or token saved on this page`);
    expect(describeTestFailure(error, 'env')).toMatch(/Check PI_AUTH, PI_USER\/PI_PASSWORD or PI_TOKEN in the server environment$/);
  });

  it('never names PI_BASE_URL or PI_AUTH for a URL typed on the page', () => {
    const errors: ConnectorError[] = [
      { kind: 'unreachable', url, code: 'ECONNRESET' },
      { kind: 'unreachable', url, code: 'EAI_AGAIN' },
      { kind: 'unauthorized', url, status: 401, message: 'no' },
      { kind: 'unauthorized', url, status: 403, message: 'no' },
      { kind: 'timeout', url, phase: 'connect' },
      { kind: 'http', url, status: 404, piErrors: [] },
    ];
    for (const error of errors) expect(describeTestFailure(error, 'saved')).not.toMatch(/PI_BASE_URL|PI_AUTH/);
  });
});
