import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { BronzeStore } from '../bronze';
import { openMemoryStore } from '../connector/test-support/connector-fixture';
import { findRunHistoryItem, invalidateRunHistory, listRunHistory } from './run-history';
import { RunRegistry } from './run-registry';
import { runSettings, type RunFigures } from '../api-contract';

const settings = runSettings.parse({ tier: 128 });
const figures: RunFigures = { modes: [], speedup: 3, speedupIsProjection: false, afElements: null, eventFrames: null };
let store: BronzeStore;

// A store per test: one test saves a run the others must not see (they run in any order).
beforeEach(async () => {
  store = await openMemoryStore();
  await store.saveRun({ runId: 'old-finished', startedAtMs: 1_000, finishedAtMs: 2_000, status: 'finished', settings, figures });
  await store.saveRun({ runId: 'old-interrupted', startedAtMs: 3_000, finishedAtMs: null, status: 'running', settings, figures: null });
  await store.saveRun({ runId: 'old-garbled', startedAtMs: 4_000, finishedAtMs: null, status: 'finished', settings: { tier: 7 }, figures: null });
});
afterEach(async () => store?.close());

describe('run history', () => {
  it('lists bronze rows and in-memory runs newest first, a running one included', async () => {
    const registry = new RunRegistry();
    registry.begin('live', settings, 5_000);
    const items = await listRunHistory(store, registry);
    expect(items.map((i) => [i.runId, i.status])).toEqual([
      ['live', 'running'],
      // Still 'running' in bronze but not running here: the server stopped during it.
      ['old-interrupted', 'failed'],
      ['old-finished', 'finished'],
    ]);
    expect(items[2]).toEqual({ runId: 'old-finished', status: 'finished', startedAtMs: 1_000, finishedAtMs: 2_000, settings, figures });
  });

  it('serves the listing from memory until the table is written again', async () => {
    const registry = new RunRegistry();
    const before = await listRunHistory(store, registry);
    await store.saveRun({ runId: 'newer', startedAtMs: 6_000, finishedAtMs: 7_000, status: 'cancelled', settings, figures: null });
    expect(await listRunHistory(store, registry)).toEqual(before);
    invalidateRunHistory(store);
    expect((await listRunHistory(store, registry))[0]).toMatchObject({ runId: 'newer', status: 'cancelled' });
  });

  it('finds one run in memory first, then in bronze', async () => {
    const registry = new RunRegistry();
    registry.begin('live', settings, 5_000);
    expect(await findRunHistoryItem(store, 'live', registry)).toMatchObject({ status: 'running', figures: null });
    expect(await findRunHistoryItem(store, 'old-finished', registry)).toMatchObject({ status: 'finished', figures });
    expect(await findRunHistoryItem(store, 'nope', registry)).toBeNull();
  });
});
