/**
 * The Run page's state as a pure fold over the run's events (STYLE §7: every number on screen
 * comes from an event). Events carry absolute counts and `started` resets the run, so replaying a
 * stream from its first event (a reload, a re-attach after a lost stream) lands on the same state.
 */
import type { ExtractionModeName, RepeatFigures, RunEvent, RunFigures, RunHistoryItem, RunSettings, RunStep } from '../api-contract';
import { finishedMode, liveTime, valuesRate, waitingMode, type ModeView } from './mode-view';
import { applyShareEvent } from './share-view';
import { medianSpeedup, speedupOfModes, type SpeedupPending, type SpeedupView } from './run-speedup';

export type { SpeedupPending, SpeedupView };
export type { ModePhase, ModeView } from './mode-view';
export { projectionRuleText, PROJECTION_MIN_MS, PROJECTION_MIN_TAGS } from '../runs/projection-rule';

/** `connecting`: following a run that may be going; `replaying`: loading one the history says has ended. */
export type RunPhase = 'idle' | 'starting' | 'connecting' | 'replaying' | 'running' | 'finished' | 'failed' | 'cancelled';
export interface AssetView {
  phase: 'waiting' | 'running' | 'done';
  count: number | null;
}

/** What the run does while no bar moves: the page says so, so no stretch reads as stuck. */
export type RunActivity =
  | { kind: 'step'; step: RunStep }
  | { kind: 'listing'; mode: ExtractionModeName }
  | { kind: 'assets'; phase: 'af' | 'event-frames' }
  | null;

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
  /** The headline: measured, or a labelled projection; with repeats, the median of those finished. */
  speedup: SpeedupView | null;
  /** Sequential is under way but short of the projection rule: what it has measured so far. */
  speedupPending: SpeedupPending | null;
  /** The repeat under way (1-based) and how many the run does. */
  repeat: { current: number; of: number } | null;
  /** Repeats finished, in order. */
  repeats: RepeatFigures[];
  activity: RunActivity;
  failure: { code: string; message: string } | null;
  startedAtMs: number | null;
  endedAtMs: number | null;
  /** The state before the presenter pressed Run: a refused start goes back to it. */
  beforeStart: RunState | null;
}

export type RunAction =
  /** The presenter pressed Run; the server has not answered yet. */
  | { kind: 'start'; settings: RunSettings }
  /** The server refused to start it (the page shows why, over what it showed before). */
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
  speedupPending: null,
  repeat: null,
  repeats: [],
  activity: null,
  failure: null,
  startedAtMs: null,
  endedAtMs: null,
  beforeStart: null,
};

function freshRun(runId: string | null, phase: RunPhase, settings: RunSettings | null): RunState {
  return { ...initialRunState, runId, phase, settings, modes: (settings?.modes ?? []).map((m) => waitingMode(m, null)) };
}

function updateMode(state: RunState, mode: ExtractionModeName, change: (view: ModeView) => ModeView): ModeView[] {
  const index = state.modes.findIndex((m) => m.mode === mode);
  // A mode the settings did not list (a stream with only a terminal event) is appended in event order.
  if (index < 0) return [...state.modes, change(waitingMode(mode, state.tagCount))];
  return state.modes.map((m, i) => (i === index ? change(m) : m));
}

/** The headline and its placeholder, from the repeats finished and the one under way. */
function withSpeedup(state: RunState): RunState {
  const current = speedupOfModes(state.modes);
  const of = state.repeat?.of ?? state.settings?.repeats ?? 1;
  const median = of > 1 ? medianSpeedup(state.repeats, of) : null;
  if (median) return { ...state, speedup: median, speedupPending: null };
  return { ...state, speedup: current.view, speedupPending: current.pending };
}

/** A run that ended early keeps only figures that finished: a live projection is no result. */
function withoutLiveProjection(state: RunState): RunState {
  const done = withSpeedup({ ...state, modes: state.modes.filter((m) => m.summary !== null) });
  return { ...state, speedup: done.speedup, speedupPending: null };
}

function applyEvent(state: RunState, event: RunEvent): RunState {
  switch (event.type) {
    case 'phase':
      // The run is under way from its first step, before `started` can say how many tags it reads.
      return { ...state, phase: 'running', activity: { kind: 'step', step: event.phase } };
    case 'started':
      return {
        ...freshRun(event.runId, 'running', event.settings),
        modes: event.settings.modes.map((m) => waitingMode(m, event.tagCount)),
        tagCount: event.tagCount,
        endpoint: event.endpoint,
        window: { start: event.windowStart, end: event.windowEnd },
        repeat: { current: 1, of: event.settings.repeats },
        startedAtMs: event.atMs,
      };
    case 'repeat-started':
      return withSpeedup({
        ...state,
        phase: 'running',
        repeat: { current: event.repeat, of: event.repeats },
        // Each repeat measures every mode afresh: the bars start again.
        modes: event.repeat > 1 ? state.modes.map((m) => waitingMode(m.mode, m.tagsTotal)) : state.modes,
      });
    case 'mode-started':
      return {
        ...state,
        phase: 'running',
        activity: { kind: 'listing', mode: event.mode },
        modes: updateMode(state, event.mode, (m) => ({ ...m, phase: 'listing', tagsTotal: event.tagsTotal, shares: [] })),
      };
    case 'share':
      return { ...state, modes: updateMode(state, event.mode, (m) => ({ ...m, shares: applyShareEvent(m.shares, event) })) };
    case 'mode-reading':
      return withSpeedup({
        ...state,
        activity: null,
        modes: updateMode(state, event.mode, (m) => {
          const view: ModeView = { ...m, phase: 'running', listingMs: event.listingMs, elapsedMs: 0 };
          return { ...view, time: liveTime(view) };
        }),
      });
    case 'progress':
      return withSpeedup({
        ...state,
        phase: 'running',
        activity: null,
        modes: updateMode(state, event.mode, (m) => {
          if (m.phase === 'done') return m;
          const view: ModeView = {
            ...m,
            phase: 'running',
            tagsDone: event.tagsDone,
            tagsFailed: event.tagsFailed,
            tagsTotal: event.tagsTotal,
            values: event.values,
            httpRequests: event.httpRequests,
            retries: event.retries ?? m.retries,
            elapsedMs: event.elapsedMs,
            valuesPerSecond: valuesRate(event.values, event.elapsedMs),
          };
          return { ...view, time: liveTime(view) };
        }),
      });
    case 'mode-finished':
      return withSpeedup({ ...state, modes: updateMode(state, event.summary.mode, (m) => finishedMode(m, event.summary)) });
    case 'repeat-finished':
      return withSpeedup({ ...state, repeats: [...state.repeats.filter((_, i) => i < event.repeat - 1), event.figures] });
    case 'assets': {
      const view: AssetView = event.count === null ? { phase: 'running', count: null } : { phase: 'done', count: event.count };
      const activity: RunActivity = event.count === null ? { kind: 'assets', phase: event.phase } : null;
      return event.phase === 'af' ? { ...state, af: view, activity } : { ...state, eventFrames: view, activity };
    }
    case 'finished': {
      let modes = state.modes;
      // A replay from the history has no mode events: its modes come from the figures (the median repeat).
      for (const summary of event.figures.modes) {
        if (modes.find((m) => m.mode === summary.mode)?.summary) continue;
        modes = updateMode({ ...state, modes }, summary.mode, (m) => finishedMode(m, summary));
      }
      const repeats = event.figures.repeats ?? state.repeats;
      return withSpeedup({
        ...state,
        phase: 'finished',
        modes,
        repeats,
        repeat: state.repeat ?? (repeats.length > 0 ? { current: repeats.length, of: repeats.length } : null),
        figures: event.figures,
        activity: null,
        af: event.figures.afElements === null ? state.af : { phase: 'done', count: event.figures.afElements },
        eventFrames: event.figures.eventFrames === null ? state.eventFrames : { phase: 'done', count: event.figures.eventFrames },
        endedAtMs: event.atMs,
      });
    }
    case 'failed':
      return withoutLiveProjection({
        ...state,
        phase: event.code === 'cancelled' ? 'cancelled' : 'failed',
        modes: state.modes.map((m) => (m.phase === 'done' ? m : { ...m, phase: 'stopped', time: null })),
        activity: null,
        failure: { code: event.code, message: event.message },
        endedAtMs: event.atMs,
      });
  }
}

export function runStateReducer(state: RunState, action: RunAction): RunState {
  switch (action.kind) {
    case 'start':
      return { ...freshRun(null, 'starting', action.settings), beforeStart: { ...state, beforeStart: null } };
    case 'start-failed':
      return state.beforeStart ?? initialRunState;
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
