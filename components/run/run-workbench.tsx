'use client';

import type { TierOption } from '@/lib/api-contract';
import { isRunActive } from '@/lib/client';
import { MockStatusPanel } from '../tiers/mock-status-panel';
import { TierPicker } from '../tiers/tier-picker';
import { useMockStatus } from '../tiers/use-mock-status';
import { useTierSwitching } from '../tiers/use-set-tier';
import { Card } from '../ui/card';
import { ErrorNotice } from '../ui/error-notice';
import { FullscreenToggle } from './fullscreen-toggle';
import { LiveRunPanel } from './live-run-panel';
import { RunActions } from './run-actions';
import { RunResultChart } from './run-result-chart';
import { RunWireBytes } from './run-wire-bytes';
import { RunSettingsForm } from './run-settings-form';
import { useLinkedTier } from './use-linked-tier';
import { useLiveRun } from './use-live-run';
import { useRunForm } from './use-run-form';

/**
 * The Run page: settings, tier and the mock's status on the left; the stage on the right holds
 * everything a presenter points at during a run (Run, the speed-up, every bar, the result chart)
 * within one screen at 1366x768, and goes full screen on its own.
 */
export function RunWorkbench({ tiers }: { tiers: readonly TierOption[] }) {
  const live = useLiveRun();
  const status = useMockStatus();
  const form = useRunForm();
  const active = isRunActive(live.state);
  const switchingTier = useTierSwitching();
  const tier = status.data?.tagCount;
  useLinkedTier({ form, tier, ready: form.hydrated && live.historyLoaded && !active });

  return (
    <div className="run-grid">
      <div className="run-controls">
        <Card title="Scale and settings" headingId="settings-heading" subtitle="Kept in the address bar: a link reproduces this setup.">
          <TierPicker tiers={tiers} disabled={active} />
          <RunSettingsForm
            tier={tier}
            active={active}
            switchingTier={switchingTier}
            settings={form.settings}
            onChange={form.update}
            ready={form.hydrated}
            onRun={live.run}
            startError={live.startError}
          />
        </Card>
        <Card title="Embedded mock" headingId="mock-heading" subtitle="Live from the server">
          <MockStatusPanel />
        </Card>
      </div>
      <section className="card run-stage" aria-labelledby="live-heading">
        <h2 id="live-heading" className="visually-hidden">
          Live run
        </h2>
        <RunActions
          tier={tier}
          active={active}
          switchingTier={switchingTier}
          onCancel={live.cancel}
          isCancelling={live.isCancelling}
          startError={live.startError}
          cancelError={live.cancelError}
          onFollow={live.follow}
          extra={<FullscreenToggle />}
        />
        {live.historyError ? <ErrorNotice title="Runs could not be loaded" message={live.historyError.message} onRetry={live.retryHistory} /> : null}
        <LiveRunPanel state={live.state} streamError={live.streamError} onReattach={live.reattach}>
          <RunResultChart state={live.state} />
        </LiveRunPanel>
        <RunWireBytes state={live.state} />
      </section>
    </div>
  );
}
