import { describe, expect, it } from 'vitest';
import { runSettings, type ModeSummary, type RunEvent, type RunSettings } from '../runs/schemas';
import { initialRunState, isRunActive, runStateReducer, stateOfHistoryItem, type RunAction, type RunState } from './run-state';

const settings: RunSettings = runSettings.parse({ tier: 1040, modes: ['batch', 'sequential'], sequentialBudgetSeconds: 10 });

function summary(mode: ModeSummary['mode'], over: Partial<ModeSummary> = {}): ModeSummary {
  return {
    mode,
    tagsTotal: 1040,
    tagsLanded: 1040,
    tagsFailed: 0,
    values: 62_400,
    httpRequests: mode === 'sequential' ? 1040 : 11,
    bytes: 1,
    elapsedMs: 1000,
    valuesPerSecond: 62_400,
    retries: 0,
    failedTags: [],
    timeBoxed: false,
    projection: null,
    ...over,
  };
}

const started: RunEvent = { type: 'started', runId: 'r1', settings, tagCount: 1040, endpoint: 'http://127.0.0.1:1/piwebapi', windowStart: 'a', windowEnd: 'b', atMs: 10 };
const batch = summary('batch', { elapsedMs: 500 });
const sequential = summary('sequential', { elapsedMs: 6000, valuesPerSecond: 10_400 });

const completeRun: RunEvent[] = [
  started,
  { type: 'mode-started', mode: 'batch', tagsTotal: 1040, atMs: 11 },
  { type: 'progress', mode: 'batch', tagsDone: 500, tagsFailed: 0, tagsTotal: 1040, values: 30_000, httpRequests: 5, elapsedMs: 250 },
  { type: 'mode-finished', summary: batch },
  { type: 'mode-started', mode: 'sequential', tagsTotal: 1040, atMs: 12 },
  { type: 'progress', mode: 'sequential', tagsDone: 260, tagsFailed: 0, tagsTotal: 1040, values: 15_600, httpRequests: 260, elapsedMs: 1500 },
  { type: 'mode-finished', summary: sequential },
  { type: 'assets', phase: 'af', count: null },
  { type: 'assets', phase: 'af', count: 400 },
  { type: 'finished', figures: { modes: [batch, sequential], speedup: 12, speedupIsProjection: false, afElements: 400, eventFrames: 24 }, atMs: 20 },
];

function fold(events: readonly RunEvent[], from: RunState = initialRunState): RunState {
  return events.reduce((state, event) => runStateReducer(state, { kind: 'event', event }), from);
}

describe('runStateReducer', () => {
  it('starts with the modes of the settings waiting, before the server answers', () => {
    const state = runStateReducer(initialRunState, { kind: 'start', settings });
    expect(state.phase).toBe('starting');
    expect(state.modes.map((m) => [m.mode, m.phase])).toEqual([
      ['batch', 'waiting'],
      ['sequential', 'waiting'],
    ]);
    expect(isRunActive(state)).toBe(true);
    expect(runStateReducer(state, { kind: 'start-failed' })).toEqual(initialRunState);
  });

  it('shows live counts and rate from a progress event', () => {
    const state = fold(completeRun.slice(0, 3));
    const view = state.modes[0];
    expect(view).toMatchObject({ mode: 'batch', phase: 'running', tagsDone: 500, tagsTotal: 1040, httpRequests: 5, values: 30_000, elapsedMs: 250 });
    expect(view?.valuesPerSecond).toBe(120_000);
    expect(state.modes[1]).toMatchObject({ mode: 'sequential', phase: 'waiting', tagsTotal: 1040 });
    expect(state.speedup).toBeNull();
  });

  it('projects the speed-up live from sequential pace, labelled as a projection', () => {
    const state = fold(completeRun.slice(0, 6));
    // 1500 ms for 260 tags -> 6000 ms for 1040; batch took 500 ms.
    expect(state.speedup).toEqual({ factor: 12, isProjection: true, label: 'sequential projected from 260 of 1,040 tags, against batch 500 ms' });
  });

  it('ends with the measured figures and speed-up', () => {
    const state = fold(completeRun);
    expect(state.phase).toBe('finished');
    expect(state.modes.map((m) => [m.mode, m.phase, m.tagsDone, m.httpRequests])).toEqual([
      ['batch', 'done', 1040, 11],
      ['sequential', 'done', 1040, 1040],
    ]);
    expect(state.speedup).toEqual({ factor: 12, isProjection: false, label: 'sequential 6.0 s ÷ batch 500 ms' });
    expect(state.af).toEqual({ phase: 'done', count: 400 });
    expect(state.eventFrames).toEqual({ phase: 'done', count: 24 });
    expect(state.endedAtMs).toBe(20);
    expect(isRunActive(state)).toBe(false);
  });

  it('is idempotent under replay: a re-attach that replays every event lands on the same state', () => {
    const once = fold(completeRun);
    expect(fold(completeRun, once)).toEqual(once);
    const midway = fold(completeRun.slice(0, 5));
    const reattached = runStateReducer(midway, { kind: 'attach', runId: 'r1', settings });
    expect(fold(completeRun, reattached)).toEqual(once);
    // Repeated progress lines (a replay racing the live tail) change nothing either.
    const doubled = completeRun.flatMap((e): RunEvent[] => (e.type === 'progress' ? [e, e] : [e]));
    expect(fold(doubled)).toEqual(once);
  });

  it('labels a time-boxed sequential run as a projection from the tags it read', () => {
    const timeBoxed = summary('sequential', {
      tagsTotal: 30_240,
      tagsLanded: 1_912,
      elapsedMs: 3_756,
      timeBoxed: true,
      projection: { projectedMs: 59_400, basisTags: 1_912, totalTags: 30_240 },
    });
    const bigBatch = summary('batch', { tagsTotal: 30_240, tagsLanded: 30_240, elapsedMs: 10_800 });
    const state = fold([
      { ...started, tagCount: 30_240 } as RunEvent,
      { type: 'mode-finished', summary: bigBatch },
      { type: 'mode-finished', summary: timeBoxed },
    ]);
    const seq = state.modes.find((m) => m.mode === 'sequential');
    expect(seq?.projection).toEqual({ projectedMs: 59_400, label: 'projected from 1,912 of 30,240 tags' });
    expect(seq?.tagsDone).toBe(1_912);
    expect(state.speedup?.isProjection).toBe(true);
    expect(state.speedup?.factor).toBeCloseTo(5.5, 10);
    expect(state.speedup?.label).toBe('sequential projected from 1,912 of 30,240 tags, against batch 10.8 s');
  });

  it('replays an ended run without locking the page', () => {
    const replaying = runStateReducer(initialRunState, { kind: 'attach', runId: 'r1', settings, status: 'finished' });
    expect(replaying.phase).toBe('replaying');
    expect(isRunActive(replaying)).toBe(false);
    expect(isRunActive(runStateReducer(initialRunState, { kind: 'attach', runId: 'r1', settings }))).toBe(true);
    expect(fold(completeRun, replaying).phase).toBe('finished');
  });

  it('builds the modes from the terminal event alone (a run older than the server process)', () => {
    const attached = runStateReducer(initialRunState, { kind: 'attach', runId: 'old' });
    const state = fold([completeRun[completeRun.length - 1] as RunEvent], attached);
    expect(state.runId).toBe('old');
    expect(state.phase).toBe('finished');
    expect(state.modes.map((m) => m.mode)).toEqual(['batch', 'sequential']);
    expect(state.speedup?.factor).toBe(12);
  });

  it('marks unfinished modes stopped when the run is cancelled', () => {
    const actions: RunAction[] = [...completeRun.slice(0, 6), { type: 'failed', code: 'cancelled', message: 'The run was cancelled.', atMs: 30 } as RunEvent].map((event) => ({ kind: 'event', event }));
    const state = actions.reduce(runStateReducer, initialRunState);
    expect(state.phase).toBe('cancelled');
    expect(state.failure).toEqual({ code: 'cancelled', message: 'The run was cancelled.' });
    expect(state.modes.map((m) => m.phase)).toEqual(['done', 'stopped']);
    const failed = fold([started, { type: 'failed', code: 'unreachable', message: 'down', atMs: 1 }]);
    expect(failed.phase).toBe('failed');
  });
});

describe('stateOfHistoryItem', () => {
  it('shows a finished history row as the end of its run', () => {
    const figures = { modes: [batch, sequential], speedup: 12, speedupIsProjection: false, afElements: null, eventFrames: null };
    const state = stateOfHistoryItem({ runId: 'r9', status: 'finished', startedAtMs: 1, finishedAtMs: 2, settings, figures });
    expect(state).toMatchObject({ runId: 'r9', phase: 'finished', endedAtMs: 2 });
    expect(state.speedup).toEqual({ factor: 12, isProjection: false, label: 'sequential 6.0 s ÷ batch 500 ms' });
  });

  it('leaves a row without figures waiting', () => {
    const state = stateOfHistoryItem({ runId: 'r9', status: 'running', startedAtMs: 1, finishedAtMs: null, settings, figures: null });
    expect(state.phase).toBe('connecting');
    expect(isRunActive(state)).toBe(true);
    expect(state.modes.map((m) => m.phase)).toEqual(['waiting', 'waiting']);
  });
});
