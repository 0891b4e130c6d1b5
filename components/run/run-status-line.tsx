import { formatCount } from '@/lib/client/format';
import type { RunState } from '@/lib/client/run-state';
import { NETWORK_PROFILES, type NetworkProfile } from '@/lib/runs/network-profiles';

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
      return `Failed: ${state.failure?.message ?? 'unknown reason'}`;
  }
}

function settingsText(state: RunState): string | null {
  const s = state.settings;
  if (!s) return null;
  const profile = NETWORK_PROFILES[s.networkProfile as NetworkProfile];
  const parts = [
    s.target === 'external' ? 'external PI Web API' : `${profile?.label ?? s.networkProfile} (+${profile?.latencyMs ?? '?'} ms)`,
    `faults ${Math.round(s.faultRate * 100)}%`,
    `sequential budget ${s.sequentialBudgetSeconds} s`,
  ];
  if (s.partitions > 1) parts.push(`${s.partitions} partitions`);
  return parts.join(' · ');
}

/** The one line that says where the run is; its text is the e2e contract's `run-status`. */
export function RunStatusLine({ state }: { state: RunState }) {
  const detail = settingsText(state);
  return (
    <div className={`run-status run-status-${state.phase}`}>
      <p role="status" data-testid="run-status" className="run-status-text">
        {describe(state)}
      </p>
      {detail ? <p className="run-status-detail">{detail}</p> : null}
    </div>
  );
}
