/**
 * One share of a partitioned mode on the Run page: its bar, the process or worker and host that
 * has it, which delivery. Folded from `share` events; a run replayed from history (no events)
 * gets them from the mode summary's shares.
 */
import type { ProcessKind, RunEvent, ShareSummary } from '../api-contract';

type ShareEvent = Extract<RunEvent, { type: 'share' }>;

/** One share as the page shows it: the latest `share` event's fields, less its routing. */
export type ShareView = Omit<ShareEvent, 'type' | 'mode'>;

export function applyShareEvent(shares: readonly ShareView[], event: ShareEvent): ShareView[] {
  const { type: _type, mode: _mode, ...view } = event;
  const next = shares.filter((s) => s.share !== event.share);
  next.push(view);
  return next.sort((a, b) => a.share - b.share);
}

export function sharesOfSummary(shares: readonly ShareSummary[], kind: ProcessKind): ShareView[] {
  return shares.map((s) => ({
    share: s.share,
    shares: shares.length,
    processKind: kind,
    state: s.state === 'completed' ? 'done' : 'failed',
    worker: s.worker,
    host: s.host,
    attempt: s.attempts,
    tagsDone: s.tags ?? 0,
    tagsTotal: s.tags,
    values: s.values ?? 0,
    message: s.failedReason,
  }));
}
