import { afterEach, describe, expect, it } from 'vitest';
import type { BronzeStore } from './bronze-store';
import { openMemoryStore } from './test-support/open-memory-store';
import type { RunRecord } from './types';

let store: BronzeStore;
afterEach(async () => {
  await store.close();
});

const started: RunRecord = {
  runId: 'run-a',
  startedAtMs: Date.UTC(2024, 5, 1, 10, 0, 0, 250),
  finishedAtMs: null,
  status: 'running',
  settings: { tier: 1040, modes: ['sequential', 'batch'], latencyMs: 0 },
  figures: {},
};

describe('runs', () => {
  it('round-trip, and saving again replaces the record', async () => {
    store = await openMemoryStore();
    await store.saveRun(started);
    expect(await store.getRun('run-a')).toEqual(started);
    const finished = { ...started, status: 'finished', finishedAtMs: started.startedAtMs + 61_500, figures: { points: 62_400, nested: { ok: true } } };
    await store.saveRun(finished);
    expect(await store.getRun('run-a')).toEqual(finished);
    expect(await store.getRun('nope')).toBeNull();
  });

  it('list newest first, limited', async () => {
    store = await openMemoryStore();
    for (let i = 0; i < 5; i++) await store.saveRun({ ...started, runId: `run-${i}`, startedAtMs: started.startedAtMs + i * 1_000 });
    expect((await store.listRuns(3)).map((r) => r.runId)).toEqual(['run-4', 'run-3', 'run-2']);
    expect(await store.listRuns()).toHaveLength(5);
  });

  it('refuses settings that are not JSON', async () => {
    store = await openMemoryStore();
    await expect(store.saveRun({ ...started, settings: undefined })).rejects.toThrow('run settings is not JSON-serialisable');
  });
});
