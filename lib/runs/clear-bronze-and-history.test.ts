import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { BronzeStore } from '../bronze';
import { openMemoryStore } from '../bronze/test-support/open-memory-store';
import { seedBronze } from '../bronze/test-support/seed-bronze';
import { clearBronzeAndHistory } from './clear-bronze-and-history';
import { listRunHistory } from './run-history';
import { RunRegistry } from './run-registry';
import { runSettings } from '../api-contract';

const settings = runSettings.parse({});
let store: BronzeStore;
let registry: RunRegistry;

beforeEach(async () => {
  store = await openMemoryStore();
  registry = new RunRegistry();
  await seedBronze(store);
});
afterEach(async () => {
  await store.close();
});

/** A run this process ran: ended in memory and saved in demo.runs, as executeRun leaves it. */
async function endedRun(runId: string, startedAtMs: number): Promise<void> {
  const begun = registry.begin(runId, settings, startedAtMs);
  if (!begun.ok) throw new Error('begin failed');
  begun.value.emit({ type: 'failed', code: 'cancelled', message: 'The run was cancelled.', atMs: startedAtMs + 1 });
  await store.saveRun({ runId, startedAtMs, finishedAtMs: startedAtMs + 1, status: 'cancelled', settings, figures: null });
}

describe('clearBronzeAndHistory', () => {
  it('is refused while a run is going, naming it, and leaves bronze and history as they were', async () => {
    await endedRun('r1', 1_000);
    const running = registry.begin('r2', settings, 2_000);
    if (!running.ok) throw new Error('begin failed');
    const before = await store.counts();
    expect(await clearBronzeAndHistory(store, registry)).toEqual({ ok: false, error: { kind: 'run_in_progress', runId: 'r2' } });
    expect(await store.counts()).toEqual(before);
    expect((await listRunHistory(store, registry)).map((r) => r.runId)).toEqual(['r2', 'r1']);
  });

  it('empties bronze, checkpoints and demo.runs and forgets the ended runs held in memory', async () => {
    await endedRun('r1', 1_000);
    // Read once, so the history cache holds r1: the clear must drop it too.
    expect((await listRunHistory(store, registry)).map((r) => r.runId)).toEqual(['r1']);
    const cleared = await clearBronzeAndHistory(store, registry);
    expect(cleared.ok && cleared.value['demo.runs']).toBe(1);
    expect(await store.counts()).toEqual({ timeseries: 0, tags: 0, afElements: 0, eventFrames: 0 });
    expect(await store.coverage()).toEqual(new Map());
    expect(await listRunHistory(store, registry)).toEqual([]);
    expect(registry.find('r1')).toBeUndefined();
  });

  it('lets a run start at once afterwards', async () => {
    await endedRun('r1', 1_000);
    expect((await clearBronzeAndHistory(store, registry)).ok).toBe(true);
    expect(registry.begin('r2', settings, 3_000).ok).toBe(true);
  });
});
