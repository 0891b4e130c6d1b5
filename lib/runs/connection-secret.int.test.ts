/**
 * Issue 11, finding 1: a saved password went to whatever URL came next. Two canary servers on
 * 127.0.0.1 (two ports, so two origins) record the Authorization header each one received.
 */
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { sendJson, startLocalTestServer, type LocalTestServer } from '../connector/http/local-test-server';
import { connectionInput } from '../api-contract';
import { resetConnection, saveConnection } from './connection-store';
import { testConfiguredConnection } from './test-configured-connection';

let saved: LocalTestServer;
let canary: LocalTestServer;

/** Any answer will do: the test only asks what arrived. A 404 ends the connection test at once. */
const notFound = (_req: unknown, res: Parameters<typeof sendJson>[0]) => sendJson(res, 404, { Errors: ['no such resource'] });

beforeAll(async () => {
  saved = await startLocalTestServer(notFound);
  canary = await startLocalTestServer(notFound);
});
afterAll(async () => {
  await saved?.close();
  await canary?.close();
});
afterEach(() => {
  resetConnection();
  saved.seen.length = 0;
  canary.seen.length = 0;
});

const basicFor = (user: string, password: string) => `Basic ${Buffer.from(`${user}:${password}`).toString('base64')}`;

describe('a saved secret is bound to the origin it was saved for', () => {
  it('is dropped when only the URL moves to another origin: the PUT is refused and the canary hears nothing', async () => {
    expect(saveConnection(connectionInput.parse({ url: saved.baseUrl, auth: 'basic', user: 'svc', password: 'pw-for-saved' })).ok).toBe(true);
    const moved = saveConnection(connectionInput.parse({ url: canary.baseUrl, auth: 'basic', user: 'svc' }));
    expect.soft(moved).toEqual({
      ok: false,
      error: { field: 'password', message: `required for basic auth: the saved one belongs to ${saved.origin}, not ${canary.origin}` },
    });
    await testConfiguredConnection('external');
    expect(canary.seen.map((r) => r.headers.authorization)).toEqual([]);
    // The refused PUT changed nothing: the secret still goes, to its own server only.
    expect(saved.seen[0]?.headers.authorization).toBe(basicFor('svc', 'pw-for-saved'));
  });

  it('goes nowhere once the same PUT moves the URL with a new secret: the new one goes to the new origin', async () => {
    saveConnection(connectionInput.parse({ url: saved.baseUrl, auth: 'bearer', token: 'token-for-saved' }));
    expect(saveConnection(connectionInput.parse({ url: canary.baseUrl, auth: 'bearer', token: 'token-for-canary' })).ok).toBe(true);
    await testConfiguredConnection('external');
    expect(canary.seen.map((r) => r.headers.authorization)).toEqual(['Bearer token-for-canary']);
    expect(saved.seen).toHaveLength(0);
  });

  it('is kept for another path on the same origin', async () => {
    saveConnection(connectionInput.parse({ url: saved.baseUrl, auth: 'basic', user: 'svc', password: 'pw-for-saved' }));
    expect(saveConnection(connectionInput.parse({ url: `${saved.origin}/other/piwebapi`, auth: 'basic', user: 'svc' })).ok).toBe(true);
    await testConfiguredConnection('external');
    expect(saved.seen[0]?.url).toMatch(/^\/other\/piwebapi\//);
    expect(saved.seen[0]?.headers.authorization).toBe(basicFor('svc', 'pw-for-saved'));
  });

  it('is dropped when the auth goes to none and back, so the old secret cannot return', async () => {
    saveConnection(connectionInput.parse({ url: saved.baseUrl, auth: 'basic', user: 'svc', password: 'pw-for-saved' }));
    expect(saveConnection(connectionInput.parse({ url: canary.baseUrl, auth: 'none' })).ok).toBe(true);
    await testConfiguredConnection('external');
    expect(canary.seen[0]?.headers.authorization).toBeUndefined();
    expect(saveConnection(connectionInput.parse({ url: saved.baseUrl, auth: 'basic', user: 'svc' }))).toMatchObject({ ok: false, error: { field: 'password' } });
  });
});
