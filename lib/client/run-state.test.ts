import { describe, expect, it } from 'vitest';
import { runSettings, type ModeSummary, type RunEvent, type RunSettings } from '../api-contract';
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
  { type: 'progress', mode: 'sequential', tagsDone: 260, tagsFailed: 0, tagsTotal: 1040, values: 15_600, httpRequests: 260, elapsedMs: 2500 },
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

  it('goes back to the run it showed when a start is refused', () => {
    const shown = fold(completeRun);
    const starting = runStateReducer(shown, { kind: 'start', settings });
    expect(starting.phase).toBe('starting');
    expect(runStateReducer(starting, { kind: 'start-failed' })).toEqual(shown);
  });

  it('says what the run does while no bar moves', () => {
    const attached = runStateReducer(initialRunState, { kind: 'attach', runId: 'r1' });
    expect(fold([{ type: 'phase', phase: 'listing-points', atMs: 1 }], attached).activity).toEqual({ kind: 'step', step: 'listing-points' });
    const listing = fold(completeRun.slice(0, 2));
    expect(listing.activity).toEqual({ kind: 'listing', mode: 'batch' });
    expect(listing.modes[0]?.phase).toBe('listing');
    const reading = fold([...completeRun.slice(0, 2), { type: 'mode-reading', mode: 'batch', listingMs: 640, atMs: 12 }]);
    expect(reading.activity).toBeNull();
    expect(reading.modes[0]).toMatchObject({ phase: 'running', listingMs: 640, elapsedMs: 0 });
    expect(fold(completeRun.slice(0, 8)).activity).toEqual({ kind: 'assets', phase: 'af' });
    expect(fold(completeRun).activity).toBeNull();
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
    // 2500 ms for 260 tags -> 10,000 ms for 1040; batch took 500 ms.
    expect(state.speedup).toEqual({ factor: 20, isProjection: true, label: 'sequential 10.0 s projected from 260 of 1,040 tags, against batch 500 ms' });
    expect(state.speedupPending).toBeNull();
    expect(state.modes[1]?.time).toEqual({ kind: 'projected', ms: 10_000, basisTags: 260, totalTags: 1040, basisMs: 2500 });
  });

  it('shows no projection before sequential has 50 tags and 2 s, only what it has measured', () => {
    const early: RunEvent = { type: 'progress', mode: 'sequential', tagsDone: 400, tagsFailed: 0, tagsTotal: 1040, values: 1, httpRequests: 400, elapsedMs: 1900 };
    const few: RunEvent = { type: 'progress', mode: 'sequential', tagsDone: 49, tagsFailed: 0, tagsTotal: 1040, values: 1, httpRequests: 49, elapsedMs: 9000 };
    for (const event of [early, few]) {
      const state = fold([...completeRun.slice(0, 5), event]);
      expect(state.speedup).toBeNull();
      expect(state.modes[1]?.time?.kind).toBe('pending');
      expect(state.speedupPending).toEqual({ basisTags: event.type === 'progress' ? event.tagsDone : 0, totalTags: 1040, basisMs: event.type === 'progress' ? event.elapsedMs : 0 });
    }
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
      tagsLanded: 2_016,
      elapsedMs: 4_000,
      timeBoxed: true,
      projection: { projectedMs: 60_000, basisTags: 2_016, totalTags: 30_240 },
    });
    const bigBatch = summary('batch', { tagsTotal: 30_240, tagsLanded: 30_240, elapsedMs: 12_000 });
    const state = fold([
      { ...started, tagCount: 30_240 } as RunEvent,
      { type: 'mode-finished', summary: bigBatch },
      { type: 'mode-finished', summary: timeBoxed },
    ]);
    const seq = state.modes.find((m) => m.mode === 'sequential');
    expect(seq?.projection).toEqual({ projectedMs: 60_000, label: 'projected from 2,016 of 30,240 tags' });
    expect(seq?.tagsDone).toBe(2_016);
    expect(state.speedup).toEqual({ factor: 5, isProjection: true, label: 'sequential 1 min projected from 2,016 of 30,240 tags, against batch 12.0 s' });
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
    // The live projection was no result: a cancelled run's headline is not a projection.
    expect(state.speedup).toBeNull();
    expect(state.speedupPending).toBeNull();
    const failed = fold([started, { type: 'failed', code: 'unreachable', message: 'down', atMs: 1 }]);
    expect(failed.phase).toBe('failed');
  });
});

describe('repeats', () => {
  const repeatOf = (seqMs: number) => ({ modes: [batch, summary('sequential', { elapsedMs: seqMs })], speedup: seqMs / 500, speedupIsProjection: false });
  const three = runSettings.parse({ tier: 1040, modes: ['batch', 'sequential'], repeats: 3 });
  const start3: RunEvent = { ...started, settings: three } as RunEvent;
  const repeat = (n: number, seqMs: number): RunEvent[] => [
    { type: 'repeat-started', repeat: n, repeats: 3, atMs: n },
    { type: 'mode-started', mode: 'batch', tagsTotal: 1040, atMs: n },
    { type: 'mode-finished', summary: batch },
    { type: 'mode-started', mode: 'sequential', tagsTotal: 1040, atMs: n },
    { type: 'mode-finished', summary: summary('sequential', { elapsedMs: seqMs }) },
    { type: 'repeat-finished', repeat: n, figures: repeatOf(seqMs) },
  ];

  it('starts each repeat with fresh bars and keeps the finished repeats', () => {
    const state = fold([start3, ...repeat(1, 2000), { type: 'repeat-started', repeat: 2, repeats: 3, atMs: 5 }]);
    expect(state.repeat).toEqual({ current: 2, of: 3 });
    expect(state.modes.map((m) => m.phase)).toEqual(['waiting', 'waiting']);
    expect(state.repeats).toHaveLength(1);
    expect(state.speedup).toMatchObject({ factor: 4, label: 'median of 1 of 3 repeats so far' });
  });

  it('heads with the median and the spread of the repeats', () => {
    const events = [start3, ...repeat(1, 2000), ...repeat(2, 1100), ...repeat(3, 1300)];
    const state = fold(events);
    expect(state.speedup).toEqual({ factor: 2.6, isProjection: false, label: 'median of 3 repeats', spread: { median: 2.6, min: 2.2, max: 4, count: 3 } });
    const figures = { modes: [batch, summary('sequential', { elapsedMs: 1300 })], speedup: 2.6, speedupIsProjection: false, afElements: null, eventFrames: null, repeats: [repeatOf(2000), repeatOf(1100), repeatOf(1300)] };
    const finished = fold([{ type: 'finished', figures, atMs: 9 }], state);
    expect(finished.speedup?.factor).toBe(2.6);
    expect(finished.repeats).toHaveLength(3);
    // The history row replays to the same headline.
    const replayed = stateOfHistoryItem({ runId: 'r3', status: 'finished', startedAtMs: 1, finishedAtMs: 9, settings: three, figures });
    expect(replayed.speedup).toEqual(finished.speedup);
    expect(replayed.repeat).toEqual({ current: 3, of: 3 });
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
