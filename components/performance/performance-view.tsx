'use client';

import { useSearchParams } from 'next/navigation';
import { useMemo } from 'react';
import { formatDateTime, stateOfHistoryItem } from '@/lib/client';
import { SLA_MS, type ScaleProjection } from '@/lib/runs/projections';
import { RunPageLink } from '../charts/chart-state';
import { LOG_SCALE_RATIO, type ValueScale } from '../charts/value-axis';
import { MODE_LABELS } from '../run/mode-labels';
import { useRunHistory } from '../run/use-run-history';
import { Card } from '../ui/card';
import { ErrorNotice } from '../ui/error-notice';
import { describeRunWindow } from './describe-window';
import { ModeTimeChart } from './mode-time-chart';
import { modeTimeBars, modeTimePlan } from './mode-time-option';
import { PartitionsCard } from './partitions-card';
import { partitionsPlan, slaFor } from './partitions-option';
import { partitionSeries, pickRun, scaleProjections } from './performance-data';
import { PerformanceHeadline } from './performance-headline';
import { ProjectionChart } from './projection-chart';
import { projectionPlan } from './projection-option';
import { RequestsChart } from './requests-chart';
import { WireBytesPanel } from '../wire/wire-bytes-panel';
import { requestBars, requestsPlan } from './requests-option';
import { RunInProgress } from './run-in-progress';
import { RunPicker } from './run-picker';

function ProjectionNotes({ rows }: { rows: readonly ScaleProjection[] }) {
  return (
    <ul className="chart-notes">
      {rows.map((r) => (
        <li key={r.mode}>
          <strong>{MODE_LABELS[r.mode]}:</strong> {r.label}
        </li>
      ))}
    </ul>
  );
}

/** Said in the subtitle when a chart's axis went logarithmic, so nobody reads bar lengths as ratios. */
function scaleNote(scale: ValueScale, what: string): string {
  return scale === 'log' ? ` Log scale: ${what} span more than ${LOG_SCALE_RATIO}x.` : '';
}

/** The Performance page body: the chosen (or latest finished) run's measured figures and projections. */
export function PerformanceView() {
  const history = useRunHistory();
  const requested = useSearchParams().get('run');
  const items = history.data?.items;
  const run = useMemo(() => (items ? pickRun(items, requested) : null), [items, requested]);
  const state = useMemo(() => (run ? stateOfHistoryItem(run) : null), [run]);
  const projections = useMemo(() => (run ? scaleProjections(run) : []), [run]);
  const partitions = useMemo(() => (run && items ? partitionSeries(run, items) : []), [run, items]);
  const running = items?.find((i) => i.status === 'running') ?? null;

  if (history.error) {
    return <ErrorNotice title="Runs could not be loaded" message={history.error.message} onRetry={() => void history.refetch()} />;
  }
  if (history.isPending || !items) return <div className="chart-skeleton perf-skeleton" role="status" aria-label="Loading runs" />;
  if (!run || !state) {
    return (
      <div className="empty-state">
        <p className="empty-title">{running ? 'A run is going now.' : 'No finished run yet.'}</p>
        <p>
          {running ? 'Its figures appear here when it finishes; follow it on ' : 'Start with a 1,040-tag run of batch and sequential on '}
          <RunPageLink />
          {running ? '.' : ': it takes a few seconds on loopback, and this page charts it.'}
        </p>
      </div>
    );
  }

  const file = (chart: string) => `${chart}-${run.runId}`;
  const timeScale = modeTimePlan(modeTimeBars(run.figures.modes)).scale;
  const requestScale = requestsPlan(requestBars(run.figures.modes)).scale;
  const projectionScale = projectionPlan(projections).scale;
  const partitionScale = partitionsPlan(partitions, slaFor(run.settings.tier, SLA_MS)).scale;
  return (
    <div className="perf-page">
      {running ? <RunInProgress item={running} /> : null}
      <div className="perf-top">
        <RunPicker items={items} selectedRunId={run.runId} basePath="/performance" />
        <p className="perf-run-meta">
          <span className="mono">{run.runId}</span> · started {formatDateTime(run.startedAtMs)} · values of {describeRunWindow(run.settings.window)}
        </p>
      </div>
      <PerformanceHeadline state={state} />
      <div className="perf-grid">
        <Card
          title="Measured time per mode"
          subtitle={`Solid: measured. Faded and dashed: the rest of a time-boxed mode, projected from its rate.${scaleNote(timeScale, 'the times')}`}
        >
          <ModeTimeChart modes={run.figures.modes} fileName={file('time-per-mode')} />
        </Card>
        <Card
          title="HTTP requests per mode"
          subtitle={`Sequential sends one request per tag, batch one per 100 tags.${scaleNote(requestScale, 'the counts')}`}
        >
          <RequestsChart modes={run.figures.modes} fileName={file('requests-per-mode')} />
        </Card>
        <Card
          title="Bytes on the wire per mode"
          subtitle="Response bytes as received and decoded, counted by the connector. What gzip and selectedFields save is shown against a comparable run made the other way, measured."
        >
          <WireBytesPanel run={run} history={items} />
        </Card>
        <Card
          title="30,240 tags against the 5-minute SLA"
          subtitle={`Measured when the run read 30,240 tags; otherwise projected from its measured rate. ✓ within, ✗ over the SLA (tinted).${scaleNote(projectionScale, 'the times')}`}
        >
          {projections.length > 0 ? (
            <>
              <ProjectionChart rows={projections} fileName={file('projection-30240')} />
              <ProjectionNotes rows={projections} />
            </>
          ) : (
            <p className="chart-empty">No mode landed a tag, so there is no rate to project from.</p>
          )}
        </Card>
        <PartitionsCard run={run} series={partitions} items={items} scaleNote={scaleNote(partitionScale, 'the times')} fileName={file('partitions')} />
      </div>
    </div>
  );
}
