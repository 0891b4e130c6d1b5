'use client';

import { formatDuration, type RunActivity, type RunState } from '@/lib/client';
import { MODE_LABELS } from './mode-labels';
import { useElapsed } from './use-elapsed';

function activityText(activity: NonNullable<RunActivity>): string {
  switch (activity.kind) {
    case 'step':
      switch (activity.step) {
        case 'listing-points':
          return 'Listing the points to count the tags';
        case 'warming-up':
          return 'Warming up: one untimed request of each kind, so no mode pays for it';
        case 'loading-shares':
          return 'Loading the committed shares from the lake into bronze';
        case 'saving':
          return 'Saving the run to bronze (demo.runs)';
      }
      break;
    case 'listing':
      return `${MODE_LABELS[activity.mode]}: listing the points; its clock starts at the first value request`;
    case 'assets':
      return activity.phase === 'af' ? 'Reading and landing the AF hierarchy' : 'Reading and landing the event frames';
  }
  return '';
}

/** Before the server's first step reaches the page: the start request, or the stream being opened. */
function waitingText(state: RunState): string | null {
  if (state.phase === 'starting') return 'Asking the server to start the run';
  if (state.phase === 'connecting') return 'Opening the run’s event stream';
  return null;
}

function keyOf(state: RunState): string | null {
  const a = state.activity;
  if (a === null) return waitingText(state) === null ? null : `waiting:${state.phase}`;
  const repeat = state.repeat?.current ?? 0;
  if (a.kind === 'step') return `step:${a.step}`;
  if (a.kind === 'listing') return `listing:${a.mode}:${repeat}`;
  return `assets:${a.phase}`;
}

/** What the run does while no bar moves, with a clock that does. */
export function ActivityLine({ state }: { state: RunState }) {
  const key = keyOf(state);
  const elapsedMs = useElapsed(key);
  const text = state.activity ? activityText(state.activity) : waitingText(state);
  return (
    <p className="activity-line" data-testid="run-activity" aria-live="off">
      {text ? (
        <>
          <span className="activity-dot" aria-hidden="true" />
          {text}… <span className="activity-clock">{formatDuration(elapsedMs)}</span>
        </>
      ) : null}
    </p>
  );
}
