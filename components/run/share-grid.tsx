import { formatCount, type ModeView, type ShareView } from '@/lib/client';
import type { ProcessKind } from '@/lib/api-contract';
import { MODE_LABELS } from './mode-labels';

const KIND_TEXT: Record<ProcessKind, string> = {
  'in-process': 'in the server process',
  'local-processes': 'each in its own local process',
  bullmq: 'as share jobs on BullMQ workers',
};

/** Past this many shares each cell drops to one line: 10-20 shares stay on screen at 1366x768. */
const COMPACT_FROM = 7;

/** The mode whose shares the grid shows: the one running, else the last one that had shares. */
export function modeWithShares(modes: readonly ModeView[]): ModeView | null {
  const active = modes.find((m) => (m.phase === 'listing' || m.phase === 'running') && m.shares.length > 0);
  return active ?? [...modes].reverse().find((m) => m.shares.length > 0) ?? null;
}

function stateText(s: ShareView): string {
  switch (s.state) {
    case 'starting':
      return s.worker === null ? 'queued' : 'starting';
    case 'running':
      return s.tagsTotal === null ? 'listing' : `${formatCount(s.tagsDone)}/${formatCount(s.tagsTotal)}`;
    case 'retrying':
      return 'retrying';
    case 'done':
      return `${formatCount(s.tagsDone)} tags`;
    case 'failed':
      return 'failed';
  }
}

function ShareCell({ s, showHost }: { s: ShareView; showHost: boolean }) {
  const total = s.tagsTotal ?? 0;
  const percent = s.state === 'done' ? 100 : total > 0 ? Math.min(100, (s.tagsDone / total) * 100) : 0;
  const who = s.worker === null ? 'waiting for a worker' : `${s.worker}${showHost && s.host ? ` on ${s.host}` : ''}`;
  const retried = s.attempt > 1 || s.state === 'retrying';
  const title = `Share ${s.share}/${s.shares}: ${who}${s.host ? ` (host ${s.host})` : ''}, attempt ${Math.max(1, s.attempt)}${s.message ? ` — ${s.message}` : ''}`;
  return (
    <li className={`share-cell share-${s.state}`} data-testid={`share-${s.share}`} title={title}>
      <div className="share-line">
        <span className="share-index">{s.share}</span>
        <span className="share-worker" data-testid={`share-worker-${s.share}`}>
          {who}
        </span>
        <span className="share-count">{stateText(s)}</span>
      </div>
      <div
        className="share-track"
        role="progressbar"
        aria-label={`Share ${s.share} of ${s.shares}`}
        aria-valuemin={0}
        aria-valuemax={s.tagsTotal ?? undefined}
        aria-valuenow={s.tagsTotal === null ? undefined : s.tagsDone}
      >
        <div className="share-fill" style={{ width: `${percent}%` }} />
      </div>
      {retried ? (
        <p className="share-attempt" data-testid={`share-attempt-${s.share}`}>
          attempt {Math.max(1, s.attempt)}
          {s.state === 'retrying' ? ' · retrying' : ''}
          {s.message ? `: ${s.message}` : ''}
        </p>
      ) : null}
    </li>
  );
}

/** One bar per share of the partitioned mode under way: who runs it, on which host, which attempt. */
export function ShareGrid({ view }: { view: ModeView }) {
  const shares = view.shares;
  const first = shares[0];
  if (!first) return null;
  const hosts = new Set(shares.flatMap((s) => (s.host ? [s.host] : [])));
  const oneHost = hosts.size === 1 ? [...hosts][0] : null;
  const retries = shares.reduce((n, s) => n + Math.max(0, s.attempt - 1), 0);
  const compact = shares.length >= COMPACT_FROM;
  return (
    <section className={`share-grid${compact ? ' is-compact' : ''}`} data-testid="share-grid" data-mode={view.mode}>
      <p className="share-grid-caption">
        <strong>{MODE_LABELS[view.mode]}</strong> · {shares.length} shares {KIND_TEXT[first.processKind]}
        {oneHost ? ` on ${oneHost}` : hosts.size > 1 ? ` on ${hosts.size} hosts` : ''}
        {retries > 0 ? ` · ${formatCount(retries)} ${retries === 1 ? 'retry' : 'retries'}` : ''}
      </p>
      <ol className="share-cells">
        {shares.map((s) => (
          <ShareCell key={s.share} s={s} showHost={oneHost === null} />
        ))}
      </ol>
    </section>
  );
}
