'use client';

import type { ReactNode } from 'react';
import { type ApiError, formatCount, formatDuration, formatSpeedup, modeRepeatSpread, isRunActive, PROJECTION_MIN_MS, PROJECTION_MIN_TAGS, type AssetView, type RunState } from '@/lib/client';
import { ErrorNotice } from '../ui/error-notice';
import { ActivityLine } from './activity-line';
import { ModeProgress } from './mode-progress';
import { RunStatusLine } from './run-status-line';
import { modeWithShares, ShareGrid } from './share-grid';
import { SpeedupFigure } from './speedup-figure';

interface LiveRunPanelProps {
  state: RunState;
  streamError: ApiError | null;
  onReattach: () => void;
  /** Beside the bars: the result chart. */
  children?: ReactNode;
}

function assetText(label: string, view: AssetView): string {
  if (view.phase === 'waiting') return `${label}: –`;
  if (view.phase === 'running') return `${label}: reading and landing…`;
  return `${label}: ${view.count === null ? '–' : formatCount(view.count)}`;
}

function speedupHint(state: RunState): string {
  if (state.phase === 'idle') return 'Run batch and sequential to see it.';
  const modes = new Set(state.modes.map((m) => m.mode));
  if (state.modes.length > 0 && (!modes.has('sequential') || (!modes.has('batch') && !modes.has('streamsets')))) {
    return 'Needs sequential and batch (or streamsets) in the same run.';
  }
  const pending = state.speedupPending;
  if (pending) {
    return `Projection appears once sequential has ${PROJECTION_MIN_TAGS} tags and ${PROJECTION_MIN_MS / 1000} s measured: ${formatCount(pending.basisTags)} of ${formatCount(pending.totalTags)} tags in ${formatDuration(pending.basisMs)} so far.`;
  }
  if (state.phase === 'cancelled' || state.phase === 'failed') return 'The run ended before sequential finished: no speed-up.';
  const sequential = state.modes.find((m) => m.mode === 'sequential');
  if (state.phase === 'finished' && sequential?.summary?.timeBoxed) {
    return `Sequential's time box ended before ${PROJECTION_MIN_TAGS} tags and ${PROJECTION_MIN_MS / 1000} s were measured: too little to project.`;
  }
  return 'Appears once batch has finished and sequential is under way.';
}

function RepeatLine({ state }: { state: RunState }) {
  const repeat = state.repeat;
  if (!repeat || repeat.of <= 1) return null;
  const figures = state.repeats.map((r) => (r.speedup === null ? '–' : formatSpeedup(r.speedup)));
  const current = state.phase === 'finished' ? `${repeat.of} repeats` : `Repeat ${Math.min(repeat.current, repeat.of)} of ${repeat.of}`;
  return (
    <p className="repeat-line" data-testid="run-repeat">
      <strong>{current}</strong>
      {figures.length > 0 ? `: ${figures.join(', ')}` : ''}
    </p>
  );
}

/** The run as it happens: status and its settings, the speed-up, what it does now, one bar per mode. */
export function LiveRunPanel({ state, streamError, onReattach, children }: LiveRunPanelProps) {
  const settings = state.settings;
  const sharesOf = modeWithShares(state.modes);
  const showRetries = (settings?.faultRate ?? 0) > 0 || state.modes.some((m) => m.retries > 0);
  const budgetSeconds = settings?.sequentialBudgetSeconds ?? null;
  return (
    <div className="live-run">
      <div className="live-top">
        <div className="live-status">
          <RunStatusLine state={state} />
          <ActivityLine state={state} />
          <RepeatLine state={state} />
          {settings?.includeAssets && state.phase !== 'idle' ? (
            <p className="asset-line">
              {assetText('AF elements', state.af)} · {assetText('Event frames', state.eventFrames)}
            </p>
          ) : null}
        </div>
        <SpeedupFigure speedup={state.speedup} emptyText={speedupHint(state)} pending={state.speedupPending !== null} />
      </div>
      {state.phase === 'failed' && state.failure ? (
        <ErrorNotice title="The run failed" message={`${state.failure.message} (${state.failure.code})`} />
      ) : null}
      {streamError ? (
        <ErrorNotice
          title="Lost the run's progress stream"
          message={`${streamError.message} The run may still be going on the server.`}
          onRetry={onReattach}
          retryLabel="Re-attach"
        />
      ) : null}
      <div className="live-body">
        <div className="mode-list">
          {state.repeat && state.repeat.of > 1 && !isRunActive(state) ? (
            // Once the run has ended the bars keep the last repeat, while the chart shows the median one.
            <p className="mode-list-caption">
              Bars: the last repeat ({Math.min(state.repeat.current, state.repeat.of)} of {state.repeat.of})
            </p>
          ) : null}
          {state.modes.map((view) => (
            <ModeProgress
              key={view.mode}
              view={view}
              budgetSeconds={view.mode === 'sequential' ? budgetSeconds : null}
              showRetries={showRetries}
              spread={modeRepeatSpread(state.repeats, view.mode)}
            />
          ))}
          {sharesOf ? <ShareGrid view={sharesOf} /> : null}
        </div>
        {children}
      </div>
    </div>
  );
}
