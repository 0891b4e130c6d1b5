import { describe, expect, it } from 'vitest';
import { describeConnectorError, type ConnectorError } from './errors';

const url = 'https://pi.corp.local/piwebapi/dataservers';

describe('describeConnectorError', () => {
  it.each<[ConnectorError, string]>([
    [
      { kind: 'unreachable', url, code: 'ECONNREFUSED' },
      `Cannot reach the PI Web API at ${url} (ECONNREFUSED): nothing is listening there; check the host and port in PI_BASE_URL`,
    ],
    [{ kind: 'unreachable', url, code: 'EWEIRD' }, `Cannot reach the PI Web API at ${url} (EWEIRD): check PI_BASE_URL and the network`],
    [
      { kind: 'timeout', url, phase: 'headers' },
      `The PI Web API at ${url} did not start answering within the headers timeout; the server may be overloaded or the request too large`,
    ],
    [{ kind: 'http', url, status: 400, piErrors: ['a', 'b'] }, `The PI Web API answered 400 for ${url}: a; b`],
    [{ kind: 'http', url, status: 502, piErrors: [] }, `The PI Web API answered 502 for ${url}: no error details in the body`],
    [
      { kind: 'unauthorized', url, status: 401, message: 'denied (sent basic credentials)' },
      `The PI Web API at ${url} refused the credentials (401): denied (sent basic credentials). Check PI_AUTH, PI_USER/PI_PASSWORD or the bearer token`,
    ],
    [
      { kind: 'unauthorized', url, status: 403, message: 'Forbidden' },
      `The PI Web API at ${url} denied access (403): Forbidden. The account lacks permission on this resource`,
    ],
    [
      { kind: 'contract', url, issues: '✖ Invalid input\n  → at Items[0].Value' },
      `The response from ${url} does not match the PI Web API contract: ✖ Invalid input; → at Items[0].Value`,
    ],
    [{ kind: 'aborted', url }, `The request to ${url} was cancelled`],
  ])('%o', (error, expected) => {
    expect(describeConnectorError(error)).toBe(expected);
  });

  it('names the page the server was entered on instead of the environment variables', () => {
    const options = { configuredOn: 'the Connection page' };
    expect(describeConnectorError({ kind: 'unreachable', url, code: 'ECONNREFUSED' }, options)).toBe(
      `Cannot reach the PI Web API at ${url} (ECONNREFUSED): nothing is listening there; check the host and port in the URL saved on the Connection page`,
    );
    expect(describeConnectorError({ kind: 'unreachable', url, code: 'EWEIRD' }, options)).not.toContain('PI_');
    expect(describeConnectorError({ kind: 'unauthorized', url, status: 401, message: 'denied' }, options)).toBe(
      `The PI Web API at ${url} refused the credentials (401): denied. Check the credentials saved on the Connection page`,
    );
  });

  it('stays on one bounded line whatever the server sent', () => {
    const text = describeConnectorError({ kind: 'http', url, status: 500, piErrors: ['line1\nline2', 'x'.repeat(5000)] });
    expect(text).not.toMatch(/[\r\n]/);
    expect(text.length).toBeLessThan(600);
    expect(text.endsWith('…')).toBe(true);
  });
});
