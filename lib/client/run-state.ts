/**
 * The Run page's state as a pure fold over the run's events (STYLE §7: every number on screen
 * comes from an event). Events carry absolute counts and `started` resets the run, so replaying a
 * stream from its first event (a reload, a re-attach after a lost stream) lands on the same state.
 */
import { timeBoxLabel } from '../runs/projections';
import type { ExtractionModeName, ModeSummary, RunEvent, RunFigures, RunHistoryItem, RunSettings } from '../runs/schemas';
import { speedupOf, type SpeedupView } from './run-speedup';

export type { SpeedupView };

/** `connecting`: following a run that may be going; `replaying`: loading one the history says has ended. */
export type RunPhase = 'idle' | 'starting' | 'connecting' | 'replaying' | 'running' | 'finished' | 'failed' | 'cancelled';
export type ModePhase = 'waiting' | 'running' | 'done' | 'stopped';

export interface ModeView {
  mode: ExtractionModeName;
  phase: ModePhase;
  tagsDone: number;
  tagsFailed: number;
  /** null until the server has counted the tags. */
  tagsTotal: number | null;
  values: number;
  httpRequests: number;
  elapsedMs: number;
  valuesPerSecond: number;
  summary: ModeSummary | null;
  /** A time-boxed mode's whole-set time at its measured rate, with the label it must carry. */
  projection: { projectedMs: number; label: string } | null;
}


export interface AssetView {
  phase: 'waiting' | 'running' | 'done';
  count: number | null;
}

export interface RunState {
  runId: string | null;
  phase: RunPhase;
  settings: RunSettings | null;
  tagCount: number | null;
  endpoint: string | null;
  window: { start: string; end: string } | null;
  modes: ModeView[];
  af: AssetView;
  eventFrames: AssetView;
  figures: RunFigures | null;
  speedup: SpeedupView | null;
  failure: { code: string; message: string } | null;
  startedAtMs: number | null;
  endedAtMs: number | null;
}

export type RunAction =
  /** The presenter pressed Run; the server has not answered yet. */
  | { kind: 'start'; settings: RunSettings }
  /** The server refused to start it (the page shows why). */
  | { kind: 'start-failed' }
  /**
   * Following a run: a fresh state until its events arrive (they replay from the first). `status`
   * from the history, when known: an ended run replays without locking the controls.
   */
  | { kind: 'attach'; runId: string; settings?: RunSettings | null; status?: RunHistoryItem['status'] }
  | { kind: 'event'; event: RunEvent };

const WAITING_ASSET: AssetView = { phase: 'waiting', count: null };

export const initialRunState: RunState = {
  runId: null,
  phase: 'idle',
  settings: null,
  tagCount: null,
  endpoint: null,
  window: null,
  modes: [],
  af: WAITING_ASSET,
  eventFrames: WAITING_ASSET,
  figures: null,
  speedup: null,
  failure: null,
  startedAtMs: null,
  endedAtMs: null,
};

function waitingMode(mode: ExtractionModeName, tagsTotal: number | null): ModeView {
  return { mode, phase: 'waiting', tagsDone: 0, tagsFailed: 0, tagsTotal, values: 0, httpRequests: 0, elapsedMs: 0, valuesPerSecond: 0, summary: null, projection: null };
}

function freshRun(runId: string | null, phase: RunPhase, settings: RunSettings | null): RunState {
  return { ...initialRunState, runId, phase, settings, modes: (settings?.modes ?? []).map((m) => waitingMode(m, null)) };
}

function rate(values: number, elapsedMs: number): number {
  return elapsedMs > 0 ? values / (elapsedMs / 1000) : 0;
}

function updateMode(state: RunState, mode: ExtractionModeName, change: (view: ModeView) => ModeView): ModeView[] {
  const index = state.modes.findIndex((m) => m.mode === mode);
  // A mode the settings did not list (a stream with only a terminal event) is appended in event order.
  if (index < 0) return [...state.modes, change(waitingMode(mode, state.tagCount))];
  return state.modes.map((m, i) => (i === index ? change(m) : m));
}

function finishedMode(view: ModeView, summary: ModeSummary): ModeView {
  const projection = summary.timeBoxed && summary.projection
    ? { projectedMs: summary.projection.projectedMs, label: timeBoxLabel(summary.projection.basisTags, summary.projection.totalTags) }
    : null;
  return {
    ...view,
    phase: 'done',
    tagsDone: summary.tagsLanded,
    tagsFailed: summary.tagsFailed,
    tagsTotal: summary.tagsTotal,
    values: summary.values,
    httpRequests: summary.httpRequests,
    elapsedMs: summary.elapsedMs,
    valuesPerSecond: summary.valuesPerSecond,
    summary,
    projection,
  };
}

function withSpeedup(state: RunState): RunState {
  return { ...state, speedup: speedupOf(state.modes, state.figures) };
}

function applyEvent(state: RunState, event: RunEvent): RunState {
  switch (event.type) {
    case 'started':
      return {
        ...freshRun(event.runId, 'running', event.settings),
        modes: event.settings.modes.map((m) => waitingMode(m, event.tagCount)),
        tagCount: event.tagCount,
        endpoint: event.endpoint,
        window: { start: event.windowStart, end: event.windowEnd },
        startedAtMs: event.atMs,
      };
    case 'mode-started':
      return { ...state, phase: 'running', modes: updateMode(state, event.mode, (m) => ({ ...m, phase: 'running', tagsTotal: event.tagsTotal })) };
    case 'progress':
      return withSpeedup({
        ...state,
        phase: 'running',
        modes: updateMode(state, event.mode, (m) =>
          m.phase === 'done'
            ? m
            : {
                ...m,
                phase: 'running',
                tagsDone: event.tagsDone,
                tagsFailed: event.tagsFailed,
                tagsTotal: event.tagsTotal,
                values: event.values,
                httpRequests: event.httpRequests,
                elapsedMs: event.elapsedMs,
                valuesPerSecond: rate(event.values, event.elapsedMs),
              },
        ),
      });
    case 'mode-finished':
      return withSpeedup({ ...state, modes: updateMode(state, event.summary.mode, (m) => finishedMode(m, event.summary)) });
    case 'assets': {
      const view: AssetView = event.count === null ? { phase: 'running', count: null } : { phase: 'done', count: event.count };
      return event.phase === 'af' ? { ...state, af: view } : { ...state, eventFrames: view };
    }
    case 'finished': {
      let modes = state.modes;
      for (const summary of event.figures.modes) modes = updateMode({ ...state, modes }, summary.mode, (m) => finishedMode(m, summary));
      return withSpeedup({
        ...state,
        phase: 'finished',
        modes,
        figures: event.figures,
        af: event.figures.afElements === null ? state.af : { phase: 'done', count: event.figures.afElements },
        eventFrames: event.figures.eventFrames === null ? state.eventFrames : { phase: 'done', count: event.figures.eventFrames },
        endedAtMs: event.atMs,
      });
    }
    case 'failed':
      return {
        ...state,
        phase: event.code === 'cancelled' ? 'cancelled' : 'failed',
        modes: state.modes.map((m) => (m.phase === 'done' ? m : { ...m, phase: 'stopped' })),
        failure: { code: event.code, message: event.message },
        endedAtMs: event.atMs,
      };
  }
}

export function runStateReducer(state: RunState, action: RunAction): RunState {
  switch (action.kind) {
    case 'start':
      return freshRun(null, 'starting', action.settings);
    case 'start-failed':
      return initialRunState;
    case 'attach':
      return freshRun(action.runId, action.status === undefined || action.status === 'running' ? 'connecting' : 'replaying', action.settings ?? null);
    case 'event':
      return applyEvent(state, action.event);
  }
}

/** True while the run can still change (the page offers Cancel and keeps Run and the settings disabled). */
export function isRunActive(state: RunState): boolean {
  return state.phase === 'starting' || state.phase === 'connecting' || state.phase === 'running';
}

/** The state a finished history row stands for: what the Run page would show at its end (Performance, History). */
export function stateOfHistoryItem(item: RunHistoryItem): RunState {
  const attached = runStateReducer(initialRunState, { kind: 'attach', runId: item.runId, settings: item.settings, status: item.status });
  if (!item.figures) return attached;
  return runStateReducer(attached, { kind: 'event', event: { type: 'finished', figures: item.figures, atMs: item.finishedAtMs ?? item.startedAtMs } });
}
