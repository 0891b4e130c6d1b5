'use client';

import type { TierOption } from '@/app/api/tiers/schema';
import { isRunActive } from '@/lib/client/run-state';
import { ModeTimeChart } from '../performance/mode-time-chart';
import { MockStatusPanel } from '../tiers/mock-status-panel';
import { TierPicker } from '../tiers/tier-picker';
import { useMockStatus } from '../tiers/use-mock-status';
import { useTierSwitching } from '../tiers/use-set-tier';
import { Card } from '../ui/card';
import { ErrorNotice } from '../ui/error-notice';
import { LiveRunPanel } from './live-run-panel';
import { RunActions } from './run-actions';
import { RunSettingsForm } from './run-settings-form';
import { useLiveRun } from './use-live-run';

/** The Run page: settings and tier on the left, the live run and the mock's status on the right. */
export function RunWorkbench({ tiers }: { tiers: readonly TierOption[] }) {
  const live = useLiveRun();
  const status = useMockStatus();
  const active = isRunActive(live.state);
  const figures = live.state.figures;
  const switchingTier = useTierSwitching();
  const tier = status.data?.tagCount;

  return (
    <div className="run-grid">
      <Card title="Scale and settings" headingId="settings-heading" subtitle="A tier switches the embedded mock at once: plants x units x 8 sensors.">
        <TierPicker tiers={tiers} disabled={active} />
        <RunSettingsForm tier={tier} active={active} switchingTier={switchingTier} onRun={live.run} startError={live.startError} />
      </Card>
      <div className="run-side">
        <Card title="Live run" headingId="live-heading" subtitle="From the run's event stream: a reload or a second screen re-attaches.">
          <RunActions
            tier={tier}
            active={active}
            switchingTier={switchingTier}
            onCancel={live.cancel}
            isCancelling={live.isCancelling}
            startError={live.startError}
            cancelError={live.cancelError}
            onFollow={(runId) => live.attach(runId)}
          />
          {live.historyError ? (
            <ErrorNotice title="Runs could not be loaded" message={live.historyError.message} onRetry={live.retryHistory} />
          ) : null}
          <LiveRunPanel state={live.state} streamError={live.streamError} onReattach={live.reattach} />
          {figures && figures.modes.length > 0 ? (
            <div className="run-result-chart">
              <ModeTimeChart modes={figures.modes} fileName={`time-per-mode-${live.state.runId ?? 'run'}`} />
            </div>
          ) : null}
        </Card>
        <Card title="Embedded mock" headingId="mock-heading" subtitle="Live from the server">
          <MockStatusPanel />
        </Card>
      </div>
    </div>
  );
}
