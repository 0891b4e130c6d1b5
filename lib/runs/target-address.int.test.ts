/**
 * Issue 11, finding 3: the connection URL reached cloud metadata addresses and reflected what
 * they answered. A canary on 127.0.0.1 stands in for the metadata service; `localhost` points at
 * it for real, and an injected resolver points the same name at 169.254.169.254, as a DNS record
 * re-pointed after the URL was saved would.
 */
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { sendJson, startLocalTestServer, type LocalTestServer } from '../connector/http/local-test-server';
import { err, ok } from '../result';
import { configureConnection } from './configure-connection';
import { connectionInput, runSettings } from '../api-contract';
import { resetConnection } from './connection-store';
import type { LookupAll } from './host-lookup';
import { RunRegistry } from './run-registry';
import { startRun } from './start-run';
import { testConfiguredConnection } from './test-configured-connection';

let canary: LocalTestServer;
/** What the metadata service would give away; the canary answers it as a PI error of 1,000 characters. */
const LEAK = `ACCESS-KEY-${'k'.repeat(989)}`;

const toMetadata: LookupAll = async () => ok(['169.254.169.254']);
const unresolvable: LookupAll = async () => err({ code: 'ENOTFOUND' });
const toLoopback: LookupAll = async () => ok(['127.0.0.1']);

beforeAll(async () => {
  canary = await startLocalTestServer((_req, res) => sendJson(res, 500, { Errors: [LEAK] }));
});
afterAll(async () => {
  await canary?.close();
});
afterEach(() => {
  resetConnection();
  canary.seen.length = 0;
});

function viaLocalhost(): string {
  return canary.baseUrl.replace('127.0.0.1', 'localhost');
}

describe('the connection URL never reaches a metadata address', () => {
  it('is refused on save when its name resolves there', async () => {
    const saved = await configureConnection(connectionInput.parse({ url: viaLocalhost(), auth: 'none' }), toMetadata);
    expect(saved).toEqual({
      ok: false,
      error: { field: 'url', message: 'localhost resolves to 169.254.169.254, a link-local address (169.254.0.0/16, where cloud metadata services answer); the dashboard does not connect there' },
    });
  });

  it('is refused at connect time when the name was re-pointed after the save: nothing is sent', async () => {
    expect((await configureConnection(connectionInput.parse({ url: viaLocalhost(), auth: 'bearer', token: 'secret-token' }), toLoopback)).ok).toBe(true);
    const tested = await testConfiguredConnection('external', undefined, toMetadata);
    expect(tested).toMatchObject({ ok: false, error: { field: 'url' } });
    const run = await startRun(runSettings.parse({ target: 'external', tier: 128 }), { registry: new RunRegistry(), lookupAll: toMetadata });
    expect(run).toMatchObject({ ok: false, error: { kind: 'invalid_input', field: 'url' } });
    expect(canary.seen).toHaveLength(0);
  });

  it('does not connect when the name stops resolving, and says so as a failed test', async () => {
    expect((await configureConnection(connectionInput.parse({ url: viaLocalhost(), auth: 'none' }), unresolvable)).ok).toBe(true);
    const tested = await testConfiguredConnection('external', undefined, unresolvable);
    expect(tested).toMatchObject({ ok: true, value: { ok: false, code: 'unreachable' } });
    expect(canary.seen).toHaveLength(0);
  });

  it('connects through the real resolver when the name is on loopback, and reflects at most 200 characters of the answer', async () => {
    expect((await configureConnection(connectionInput.parse({ url: viaLocalhost(), auth: 'none' }))).ok).toBe(true);
    const tested = await testConfiguredConnection('external');
    expect(canary.seen.length).toBeGreaterThan(0);
    if (!tested.ok || tested.value.ok) throw new Error('expected a failed read');
    expect(tested.value.message).toContain(`: ACCESS-KEY-${'k'.repeat(189)}…`);
    expect(tested.value.message).not.toContain('k'.repeat(190));
  });
});
