import { formatCount, formatDuration, type RepeatSpread, PROJECTION_MIN_MS, PROJECTION_MIN_TAGS, type ModeView } from '@/lib/client';
import { timeBoxLabel } from '@/lib/runs/projections';
import { MODE_LABELS, MODE_NOTES } from './mode-labels';

interface ModeProgressProps {
  view: ModeView;
  /** The run's sequential budget, for a time-boxed mode's wording. */
  budgetSeconds: number | null;
  /** Show the retry count (a run with faults, or one that retried anyway). */
  showRetries: boolean;
  /** Median and spread of the mode's time over the repeats finished (two or more). */
  spread: RepeatSpread | null;
}

function phaseText(view: ModeView): string {
  switch (view.phase) {
    case 'waiting':
      return 'waiting';
    case 'listing':
      return 'listing the points…';
    case 'running':
      return 'reading';
    case 'stopped':
      return 'stopped';
    case 'done':
      return view.summary?.timeBoxed ? 'time-boxed' : 'done';
  }
}


function WholeSetLine({ view, total }: { view: ModeView; total: number }) {
  const time = view.time;
  if (!time || time.kind === 'measured') return null;
  if (time.kind === 'pending') {
    // Only while the mode runs: a finished mode that never met the rule says so itself.
    return (
      <p className="mode-projection is-pending" data-testid={`projection-pending-${view.mode}`}>
        {view.phase === 'running'
          ? `All ${formatCount(total)} tags: a projection appears once ${PROJECTION_MIN_TAGS} tags and ${PROJECTION_MIN_MS / 1000} s are measured (${formatCount(time.basisTags)} tags in ${formatDuration(time.basisMs)} so far).`
          : `Too little measured to project all ${formatCount(total)} tags (${formatCount(time.basisTags)} tags in ${formatDuration(time.basisMs)}; a projection needs ${PROJECTION_MIN_TAGS} tags and ${PROJECTION_MIN_MS / 1000} s).`}
      </p>
    );
  }
  return (
    <p className="mode-projection">
      All {formatCount(total)} tags: <strong>≈ {formatDuration(time.ms)}</strong>{' '}
      <span className="projection-label">({timeBoxLabel(time.basisTags, time.totalTags)})</span>
    </p>
  );
}

/** One mode's live bar and figures. The bar's value and maximum are tags, as STYLE §7 requires. */
export function ModeProgress({ view, budgetSeconds, showRetries, spread }: ModeProgressProps) {
  const name = `${MODE_LABELS[view.mode]} extraction`;
  const known = view.tagsTotal !== null;
  const total = view.tagsTotal ?? 0;
  const done = Math.min(view.tagsDone + view.tagsFailed, total);
  const percent = known && total > 0 ? (done / total) * 100 : 0;
  const timeBoxed = view.summary?.timeBoxed === true;
  const note = timeBoxed
    ? `stopped by its ${budgetSeconds === null ? '' : `${formatCount(budgetSeconds)} s `}time box: the striped rest is projected`
    : `${MODE_NOTES[view.mode]}${view.listingMs !== null ? ` · listing the points took ${formatDuration(view.listingMs)}, not in its time` : ''}`;
  return (
    <div className={`mode-progress mode-${view.phase}`} data-mode={view.mode}>
      <div className="mode-head">
        <span className="mode-name" title={MODE_NOTES[view.mode]}>
          {MODE_LABELS[view.mode]}
        </span>
        <span className="mode-count" data-testid={`mode-count-${view.mode}`}>
          {known ? `${formatCount(done)} / ${formatCount(total)} tags` : '– tags'} · {phaseText(view)}
        </span>
      </div>
      <div
        className="progress-track"
        role="progressbar"
        aria-label={name}
        aria-valuemin={0}
        aria-valuemax={known ? total : undefined}
        aria-valuenow={known ? done : undefined}
        aria-valuetext={known ? `${formatCount(done)} of ${formatCount(total)} tags${timeBoxed ? ', time box reached' : ''}` : 'waiting for the tag count'}
      >
        <div className="progress-fill" style={{ width: `${percent}%` }} />
        {timeBoxed ? <div className="progress-projected" style={{ left: `${percent}%` }} aria-hidden="true" /> : null}
      </div>
      <dl className="mode-stats">
        <div>
          <dt>{timeBoxed ? 'in its time box' : 'elapsed'}</dt>
          <dd>{formatDuration(view.elapsedMs)}</dd>
        </div>
        <div>
          <dt>requests</dt>
          <dd>{formatCount(view.httpRequests)}</dd>
        </div>
        {showRetries ? (
          <div>
            <dt>retries</dt>
            <dd data-testid={`mode-retries-${view.mode}`}>{formatCount(view.retries)}</dd>
          </div>
        ) : null}
        <div>
          <dt>values/s</dt>
          <dd>{formatCount(view.valuesPerSecond)}</dd>
        </div>
      </dl>
      <p className="mode-note" title={note}>
        {note}
      </p>
      {view.tagsFailed > 0 ? <p className="mode-warning">{formatCount(view.tagsFailed)} tags failed after retries</p> : null}
      <WholeSetLine view={view} total={total} />
      {spread ? (
        <p className="mode-spread" data-testid={`mode-spread-${view.mode}`}>
          median <strong>{formatDuration(spread.spread.median)}</strong> · range {formatDuration(spread.spread.min)}–{formatDuration(spread.spread.max)} ·{' '}
          {spread.spread.count} repeats{spread.isProjection ? ', time boxes projected' : ''}
        </p>
      ) : null}
    </div>
  );
}
