import { formatCount, describeWindow, type RunState } from '@/lib/client';
import { describeRunSettings } from './describe-run';

function describe(state: RunState): string {
  switch (state.phase) {
    case 'idle':
      return 'No run yet: pick a tier and press Run';
    case 'starting':
      return 'Starting…';
    case 'connecting':
      return 'Following the run…';
    case 'replaying':
      return 'Loading the last run…';
    case 'running':
      return state.tagCount === null ? 'Running: counting the tags…' : `Running: ${formatCount(state.tagCount)} tags`;
    case 'finished':
      return `Finished: ${formatCount(state.tagCount ?? state.modes[0]?.tagsTotal ?? 0)} tags`;
    case 'cancelled':
      return 'Cancelled';
    case 'failed':
      // The reason is said once, in the alert below.
      return 'Failed';
  }
}

/** The one line that says where the run is (e2e contract: `run-status`), and the settings of the run it shows. */
export function RunStatusLine({ state }: { state: RunState }) {
  const s = state.settings;
  return (
    <div className={`run-status run-status-${state.phase}`}>
      <p role="status" data-testid="run-status" className="run-status-text">
        {describe(state)}
      </p>
      {s ? (
        <p className="run-status-detail" data-testid="run-settings-shown">
          <span className="visually-hidden">This run: </span>
          {describeRunSettings(s).join(' · ')} · {describeWindow(s.window, state.window)}
        </p>
      ) : null}
    </div>
  );
}
