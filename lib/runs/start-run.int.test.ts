/** Starting runs against an external PI Web API (a mock on 127.0.0.1 standing in for one) and the checks before a start. */
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { BronzeStore } from '../bronze';
import { openMemoryStore } from '../connector/test-support/connector-fixture';
import { startMockFixture, type MockFixture } from '../pi-mock/test-support/mock-server-fixture';
import { resetConnection, saveConnection } from './connection-store';
import { RunRegistry } from './run-registry';
import { runSettings, type RunEvent } from '../api-contract';
import { startRun } from './start-run';

let store: BronzeStore;
let secured: MockFixture;
const registry = new RunRegistry();
const retry = { baseDelayMs: 1, maxDelayMs: 5, maxAttempts: 4 };

beforeAll(async () => {
  store = await openMemoryStore();
  secured = await startMockFixture({ tagCount: 128, auth: { mode: 'bearer', token: 'right-token' } });
});
afterAll(async () => {
  await store?.close();
  await secured?.server.close();
});
afterEach(() => {
  resetConnection();
});

async function runToEnd(input: object): Promise<RunEvent[]> {
  const started = await startRun(runSettings.parse(input), { store, registry, retry });
  if (!started.ok) throw new Error(`start refused: ${JSON.stringify(started.error)}`);
  const events: RunEvent[] = [];
  registry.find(started.value.runId)?.subscribe((e) => events.push(e));
  await started.value.done;
  return events;
}

describe('a run against an external PI Web API', () => {
  it('measures the saved server with its credentials', async () => {
    expect(saveConnection({ url: secured.server.url, auth: 'bearer', token: 'right-token' }).ok).toBe(true);
    const events = await runToEnd({ target: 'external', tier: 128, modes: ['batch'], includeAssets: false });
    expect(events.find((e) => e.type === 'started')).toMatchObject({ type: 'started', endpoint: secured.server.url, tagCount: 128 });
    expect(events.at(-1)).toMatchObject({ type: 'finished' });
    const finished = events.at(-1);
    if (finished?.type !== 'finished') return;
    expect(finished.figures.modes[0]).toMatchObject({ mode: 'batch', tagsLanded: 128, httpRequests: 2 });
  });

  it('fails with code unauthorized and the connector message when the server answers 401', async () => {
    expect(saveConnection({ url: secured.server.url, auth: 'bearer', token: 'wrong-token' }).ok).toBe(true);
    const events = await runToEnd({ target: 'external', tier: 128, modes: ['batch'], includeAssets: false });
    expect(events.map((e) => e.type)).toEqual(['phase', 'phase', 'failed']);
    const failed = events.at(-1);
    expect(failed).toMatchObject({ type: 'failed', code: 'unauthorized' });
    if (failed?.type !== 'failed') return;
    expect(failed.message).toContain('refused the credentials (401)');
    expect(failed.message).not.toContain('wrong-token');
  });
});

describe('checks before a run starts', () => {
  it.each([
    [{ window: { start: 'yesterday-ish', end: '*' } }, 'window.start'],
    [{ window: { start: '*-1h', end: 'soon' } }, 'window.end'],
    [{ window: { start: '*', end: '*-1h' } }, 'window'],
    [{ window: { start: '*-3d', end: '*' } }, 'window'],
    [{ target: 'external' }, 'target'],
  ])('refuses %j naming %s', async (input, field) => {
    const started = await startRun(runSettings.parse(input), { store, registry, retry });
    expect(started.ok).toBe(false);
    if (started.ok) return;
    expect(started.error).toMatchObject({ kind: 'invalid_input', field });
    expect(registry.running()).toBeNull();
  });
});
