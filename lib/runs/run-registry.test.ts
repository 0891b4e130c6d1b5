import { describe, expect, it } from 'vitest';
import { ENDED_RUNS_KEPT, RunRegistry } from './run-registry';
import { runSettings, type RunEvent, type RunFigures } from '../api-contract';

const settings = runSettings.parse({});
const figures: RunFigures = { modes: [], speedup: null, speedupIsProjection: false, afElements: null, eventFrames: null };
const progress: RunEvent = { type: 'progress', mode: 'batch', tagsDone: 1, tagsFailed: 0, tagsTotal: 2, values: 61, httpRequests: 1, elapsedMs: 5 };

describe('RunRegistry', () => {
  it('refuses a second run while one is going, naming it, and accepts one after it ends', () => {
    const registry = new RunRegistry();
    const first = registry.begin('r1', settings, 1000);
    expect(first.ok).toBe(true);
    expect(registry.begin('r2', settings)).toEqual({ ok: false, error: { kind: 'run_in_progress', runId: 'r1' } });
    if (!first.ok) return;
    first.value.emit({ type: 'finished', figures, atMs: 2000 });
    expect(registry.running()).toBeNull();
    expect(registry.begin('r2', settings).ok).toBe(true);
    expect(registry.list().map((h) => h.runId)).toEqual(['r2', 'r1']);
  });

  it('replays every event to a late subscriber, then delivers live ones, and stops after the terminal event', () => {
    const registry = new RunRegistry();
    const begun = registry.begin('r1', settings, 1000);
    if (!begun.ok) throw new Error('begin failed');
    const handle = begun.value;
    handle.emit({ type: 'mode-started', mode: 'batch', tagsTotal: 2, atMs: 1001 });
    handle.emit(progress);
    const seen: string[] = [];
    handle.subscribe((e) => seen.push(e.type));
    expect(seen).toEqual(['mode-started', 'progress']);
    handle.emit(progress);
    handle.emit({ type: 'failed', code: 'cancelled', message: 'The run was cancelled.', atMs: 1500 });
    expect(seen).toEqual(['mode-started', 'progress', 'progress', 'failed']);
    expect(() => handle.emit(progress)).toThrow(/already ended/);
    expect(handle.toHistoryItem()).toMatchObject({ runId: 'r1', status: 'cancelled', startedAtMs: 1000, finishedAtMs: 1500 });
    const late: string[] = [];
    handle.subscribe((e) => late.push(e.type));
    expect(late).toEqual(['mode-started', 'progress', 'progress', 'failed']);
  });

  it('stops delivering to an unsubscribed listener', () => {
    const registry = new RunRegistry();
    const begun = registry.begin('r1', settings);
    if (!begun.ok) throw new Error('begin failed');
    const seen: RunEvent[] = [];
    const off = begun.value.subscribe((e) => seen.push(e));
    begun.value.emit(progress);
    off();
    begun.value.emit(progress);
    expect(seen).toHaveLength(1);
  });

  it('cancels a running run through its AbortSignal; an ended or unknown one cannot be cancelled', () => {
    const registry = new RunRegistry();
    const begun = registry.begin('r1', settings);
    if (!begun.ok) throw new Error('begin failed');
    const signal = begun.value.abort.signal;
    expect(registry.cancel('nope')).toEqual({ ok: false, error: { kind: 'not_found', runId: 'nope' } });
    expect(registry.cancel('r1').ok).toBe(true);
    expect(signal.aborted).toBe(true);
    begun.value.emit({ type: 'failed', code: 'cancelled', message: 'The run was cancelled.', atMs: 1 });
    expect(registry.cancel('r1')).toEqual({ ok: false, error: { kind: 'not_running', runId: 'r1', status: 'cancelled' } });
  });

  it(`keeps the last ${ENDED_RUNS_KEPT} ended runs in memory`, () => {
    const registry = new RunRegistry();
    for (let i = 0; i < ENDED_RUNS_KEPT + 3; i++) {
      const begun = registry.begin(`r${i}`, settings, i);
      if (!begun.ok) throw new Error('begin failed');
      begun.value.emit({ type: 'finished', figures, atMs: i });
    }
    expect(registry.list()).toHaveLength(ENDED_RUNS_KEPT);
    expect(registry.find('r0')).toBeUndefined();
    expect(registry.find(`r${ENDED_RUNS_KEPT + 2}`)?.status).toBe('finished');
  });
});
