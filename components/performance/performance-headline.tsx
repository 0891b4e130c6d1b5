import { formatCount, formatDuration, formatSpeedup, type RunState } from '@/lib/client';
import { MODE_LABELS } from '../run/mode-labels';
import { SpeedupFigure } from '../run/speedup-figure';

/** The figures a presenter reads out: the speed-up, then each mode's time and requests. */
export function PerformanceHeadline({ state }: { state: RunState }) {
  const sequential = state.modes.find((m) => m.mode === 'sequential');
  const batch = state.modes.find((m) => m.mode === 'batch');
  // A time-boxed sequential run is compared at its whole-set count (requests per tag x tags), labelled as such.
  const sequentialRequests = sequential?.projection ? (sequential.httpRequests * (sequential.tagsTotal ?? 0)) / Math.max(1, sequential.tagsDone) : sequential?.httpRequests;
  const fewer = sequentialRequests !== undefined && batch && batch.httpRequests > 0 ? formatSpeedup(sequentialRequests / batch.httpRequests) : null;
  return (
    <div className="perf-headline">
      <SpeedupFigure speedup={state.speedup} emptyText="Needs sequential and batch in the same run." />
      <dl className="perf-modes">
        {state.modes.map((m) => (
          <div key={m.mode} className="perf-mode">
            <dt>{MODE_LABELS[m.mode]}</dt>
            <dd>
              <span className="perf-mode-time">{formatDuration(m.projection?.projectedMs ?? m.elapsedMs)}</span>
              <span className="perf-mode-kind">{m.projection ? m.projection.label : `measured, ${formatCount(m.tagsDone)} tags`}</span>
              <span className="perf-mode-requests">{formatCount(m.httpRequests)} HTTP requests{m.projection ? ' measured' : ''}</span>
            </dd>
          </div>
        ))}
        {fewer ? (
          <div className="perf-mode">
            <dt>Requests saved</dt>
            <dd>
              <span className="perf-mode-time">{fewer}</span>
              <span className="perf-mode-kind">fewer requests with batch{sequential?.projection ? ' (sequential projected)' : ''}</span>
            </dd>
          </div>
        ) : null}
      </dl>
    </div>
  );
}
