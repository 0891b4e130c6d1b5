import { formatCount, formatDuration } from '@/lib/client/format';
import type { ModeView } from '@/lib/client/run-state';
import { MODE_LABELS, MODE_NOTES } from './mode-labels';

const PHASE_TEXT: Record<ModeView['phase'], string> = {
  waiting: 'waiting',
  running: 'running',
  done: 'done',
  stopped: 'stopped',
};

/** One mode's live bar and figures. The bar's value and maximum are tags, as STYLE §7 requires. */
export function ModeProgress({ view }: { view: ModeView }) {
  const name = `${MODE_LABELS[view.mode]} extraction`;
  const known = view.tagsTotal !== null;
  const total = view.tagsTotal ?? 0;
  const done = Math.min(view.tagsDone + view.tagsFailed, total);
  const percent = known && total > 0 ? (done / total) * 100 : 0;
  return (
    <div className={`mode-progress mode-${view.phase}`} data-mode={view.mode}>
      <div className="mode-head">
        <span className="mode-name">{name}</span>
        <span className="mode-note">{MODE_NOTES[view.mode]}</span>
        <span className="mode-count">
          {known ? `${formatCount(done)} / ${formatCount(total)} tags` : '– tags'} · {PHASE_TEXT[view.phase]}
        </span>
      </div>
      <div
        className="progress-track"
        role="progressbar"
        aria-label={name}
        aria-valuemin={0}
        aria-valuemax={known ? total : undefined}
        aria-valuenow={known ? done : undefined}
        aria-valuetext={known ? `${formatCount(done)} of ${formatCount(total)} tags` : 'waiting for the tag count'}
      >
        <div className="progress-fill" style={{ width: `${percent}%` }} />
        {view.projection ? <div className="progress-projected" style={{ left: `${percent}%` }} aria-hidden="true" /> : null}
      </div>
      <dl className="mode-stats">
        <div>
          <dt>HTTP requests</dt>
          <dd>{formatCount(view.httpRequests)}</dd>
        </div>
        <div>
          <dt>Values</dt>
          <dd>{formatCount(view.values)}</dd>
        </div>
        <div>
          <dt>Values/s</dt>
          <dd>{formatCount(view.valuesPerSecond)}</dd>
        </div>
        <div>
          <dt>Elapsed</dt>
          <dd>{formatDuration(view.elapsedMs)}</dd>
        </div>
      </dl>
      {view.tagsFailed > 0 ? <p className="mode-warning">{formatCount(view.tagsFailed)} tags failed after retries</p> : null}
      {view.projection ? (
        <p className="mode-projection">
          All {formatCount(total)} tags: <strong>{formatDuration(view.projection.projectedMs)}</strong>{' '}
          <span className="projection-label">({view.projection.label})</span>
        </p>
      ) : null}
    </div>
  );
}
