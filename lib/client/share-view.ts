/**
 * One share of a partitioned mode on the Run page: its bar, the process or worker and host that
 * has it, which delivery. Folded from `share` events; a run replayed from history (no events)
 * gets them from the mode summary's shares.
 */
import type { ProcessKind, RunEvent, ShareStateName, ShareSummary } from '../api-contract';

export interface ShareView {
  share: number;
  shares: number;
  processKind: ProcessKind;
  state: ShareStateName;
  worker: string | null;
  host: string | null;
  attempt: number;
  tagsDone: number;
  tagsTotal: number | null;
  values: number;
  message: string | null;
}

type ShareEvent = Extract<RunEvent, { type: 'share' }>;

export function applyShareEvent(shares: readonly ShareView[], event: ShareEvent): ShareView[] {
  const view: ShareView = {
    share: event.share,
    shares: event.shares,
    processKind: event.processKind,
    state: event.state,
    worker: event.worker,
    host: event.host,
    attempt: event.attempt,
    tagsDone: event.tagsDone,
    tagsTotal: event.tagsTotal,
    values: event.values,
    message: event.message,
  };
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
