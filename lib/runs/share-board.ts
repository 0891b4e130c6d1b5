/**
 * The per-share view of a partitioned mode: which process or worker has each share, on which
 * host, which delivery, how far it is. Turns executor callbacks into `share` events (a state
 * change at once, progress at most every PROGRESS_INTERVAL_MS per share) and, at the end, the
 * shares of the mode's summary.
 */
import type { ShareOutcome, ShareProgress } from '../workers';
import { PROGRESS_INTERVAL_MS } from './mode-progress';
import { boundRemoteText } from './remote-text';
import type { ExtractionModeName, ProcessKind, RunEvent, ShareSummary } from '../api-contract';

type ShareEvent = Extract<RunEvent, { type: 'share' }>;

/** What the board keeps of a share between events: the event's own fields, and when it was last sent. */
type ShareView = Omit<ShareEvent, 'type' | 'mode' | 'share' | 'shares' | 'processKind'> & { lastEmitMs: number };

export class ShareBoard {
  private readonly views: ShareView[];

  constructor(
    private readonly mode: ExtractionModeName,
    private readonly kind: ProcessKind,
    shares: number,
    private readonly emit: (event: ShareEvent) => void,
    private readonly now: () => number = () => performance.now(),
  ) {
    this.views = Array.from({ length: shares }, () => ({
      state: 'starting',
      worker: null,
      host: null,
      attempt: 0,
      tagsDone: 0,
      tagsTotal: null,
      values: 0,
      message: null,
      lastEmitMs: Number.NEGATIVE_INFINITY,
    }));
    this.views.forEach((_, i) => this.send(i + 1));
  }

  /** A process was forked (local) for this delivery; BullMQ names its worker with the first progress. */
  starting(share: number, worker: string | null, attempt: number): void {
    this.change(share, (v) => ({ ...v, state: 'starting', worker, attempt, tagsDone: 0, values: 0 }));
  }

  progress(share: number, p: ShareProgress): void {
    const view = this.view(share);
    const fresh = view.state !== 'running' || view.worker !== p.worker || (p.attempt !== undefined && p.attempt !== view.attempt);
    Object.assign(view, {
      state: 'running',
      worker: p.worker,
      host: p.host,
      attempt: p.attempt ?? Math.max(1, view.attempt),
      tagsDone: p.tagsDone,
      tagsTotal: p.tagsTotal,
      values: p.values,
    });
    if (fresh || this.now() - view.lastEmitMs >= PROGRESS_INTERVAL_MS) this.send(share);
  }

  retrying(share: number, reason: string): void {
    this.change(share, (v) => ({ ...v, state: 'retrying', message: boundRemoteText(reason) }));
  }

  /** The final state of every share, from the executor's outcomes. */
  finish(outcomes: readonly ShareOutcome[]): ShareSummary[] {
    return outcomes.map((o) => {
      const view = this.view(o.share);
      const r = o.result;
      Object.assign(view, {
        state: o.state === 'completed' ? 'done' : 'failed',
        worker: r?.worker ?? view.worker,
        host: r?.host ?? view.host,
        attempt: Math.max(o.attempts, view.attempt),
        tagsDone: r ? r.tags : view.tagsDone,
        tagsTotal: r ? r.tags : view.tagsTotal,
        values: r ? r.points : view.values,
        message: o.failedReason === null ? null : boundRemoteText(o.failedReason),
      });
      this.send(o.share);
      return {
        share: o.share,
        state: o.state,
        worker: view.worker,
        host: view.host,
        attempts: view.attempt,
        elapsedMs: r?.elapsedMs ?? null,
        values: r?.points ?? null,
        tags: r?.tags ?? null,
        failedReason: view.message,
      };
    });
  }

  private view(share: number): ShareView {
    const view = this.views[share - 1];
    if (!view) throw new Error(`share ${share} of ${this.views.length}`);
    return view;
  }

  private change(share: number, update: (v: ShareView) => ShareView): void {
    Object.assign(this.view(share), update(this.view(share)));
    this.send(share);
  }

  private send(share: number): void {
    const view = this.view(share);
    view.lastEmitMs = this.now();
    const { lastEmitMs: _sentAt, ...fields } = view;
    this.emit({ type: 'share', mode: this.mode, share, shares: this.views.length, processKind: this.kind, ...fields });
  }
}
