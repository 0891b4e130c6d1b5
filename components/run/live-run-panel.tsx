'use client';

import { formatCount } from '@/lib/client/format';
import type { AssetView, RunState } from '@/lib/client/run-state';
import type { ApiError } from '@/lib/client/api-error';
import { ErrorNotice } from '../ui/error-notice';
import { ModeProgress } from './mode-progress';
import { RunStatusLine } from './run-status-line';
import { SpeedupFigure } from './speedup-figure';

interface LiveRunPanelProps {
  state: RunState;
  streamError: ApiError | null;
  onReattach: () => void;
}

function assetText(label: string, view: AssetView): string {
  if (view.phase === 'waiting') return `${label}: –`;
  if (view.phase === 'running') return `${label}: landing…`;
  return `${label}: ${view.count === null ? '–' : formatCount(view.count)}`;
}

function speedupHint(state: RunState): string {
  if (state.phase === 'idle') return 'Run batch and sequential to see it.';
  const modes = new Set(state.modes.map((m) => m.mode));
  if (state.modes.length > 0 && (!modes.has('sequential') || (!modes.has('batch') && !modes.has('streamsets')))) {
    return 'Needs sequential and batch (or streamsets) in the same run.';
  }
  return 'Appears once batch has finished and sequential is under way.';
}

/** The run as it happens: status, the speed-up, one bar per mode, then AF and event frames. */
export function LiveRunPanel({ state, streamError, onReattach }: LiveRunPanelProps) {
  return (
    <div className="live-run">
      <div className="live-top">
        <div>
          <RunStatusLine state={state} />
          {state.settings?.includeAssets && state.phase !== 'idle' ? (
            <p className="asset-line">
              {assetText('AF elements', state.af)} · {assetText('Event frames', state.eventFrames)}
            </p>
          ) : null}
        </div>
        <SpeedupFigure speedup={state.speedup} emptyText={speedupHint(state)} />
      </div>
      {state.modes.length > 0 ? (
        <div className="mode-list">
          {state.modes.map((view) => (
            <ModeProgress key={view.mode} view={view} />
          ))}
        </div>
      ) : null}
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
    </div>
  );
}
