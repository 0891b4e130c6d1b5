/**
 * Many requests in flight on one client whose signal is the run's: no MaxListenersExceededWarning
 * (it was logged on runs with 10 or 20 partitions, one listener per request on the run's signal),
 * and aborting the run's signal still stops every request.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startMockFixture, type MockFixture } from '../../pi-mock/test-support/mock-server-fixture';
import { PiClient } from './pi-client';
import { AbortFanout } from './abort-fanout';

let mock: MockFixture;
beforeAll(async () => {
  mock = await startMockFixture({ tagCount: 128, latencyMs: 20 });
});
afterAll(async () => {
  await mock?.server.close();
});

function collectWarnings(): { warnings: Error[]; stop: () => void } {
  const warnings: Error[] = [];
  const onWarning = (w: Error) => warnings.push(w);
  process.on('warning', onWarning);
  return { warnings, stop: () => process.off('warning', onWarning) };
}

describe('a client with many requests in flight on the run signal', () => {
  it('logs no MaxListenersExceededWarning with 24 requests in flight', async () => {
    const run = new AbortController();
    const client = new PiClient({ baseUrl: mock.server.url, auth: { mode: 'none' }, connections: 24, signal: run.signal });
    const seen = collectWarnings();
    try {
      const answers = await Promise.all(Array.from({ length: 24 }, () => client.get('/system')));
      expect(answers.every((a) => a.ok)).toBe(true);
      // Warnings are emitted on the next tick.
      await new Promise((resolve) => setImmediate(resolve));
      expect(seen.warnings.filter((w) => w.name === 'MaxListenersExceededWarning')).toEqual([]);
    } finally {
      seen.stop();
      await client.close();
    }
  });

  it('aborts every request in flight when the run signal aborts', async () => {
    const run = new AbortController();
    const client = new PiClient({ baseUrl: mock.server.url, auth: { mode: 'none' }, connections: 16, signal: run.signal });
    const pending = Array.from({ length: 16 }, () => client.get('/system'));
    setTimeout(() => run.abort(), 5);
    const answers = await Promise.all(pending);
    expect(answers.map((a) => (a.ok ? 'ok' : a.error.kind))).toEqual(Array.from({ length: 16 }, () => 'aborted'));
    await client.close();
  });
});

describe('AbortFanout', () => {
  it('holds a call only while it runs, and aborts the ones in flight', () => {
    const source = new AbortController();
    const fanout = new AbortFanout(source.signal);
    const a = fanout.call();
    const b = fanout.call();
    b.release();
    expect(fanout.calls).toBe(1);
    source.abort();
    expect(a.signal?.aborted).toBe(true);
    expect(b.signal?.aborted).toBe(false);
    expect(fanout.call().signal?.aborted).toBe(true);
  });
});
