/**
 * The counts and time a finished mode's summary settles, named as progress names them: the
 * server's last progress event carries them exactly, and the Run page shows them once the
 * summary arrives. Pure: safe in the browser.
 */
import type { ModeSummary, RunEvent } from '../api-contract';

export type ProgressCounts = Required<Omit<Extract<RunEvent, { type: 'progress' }>, 'type' | 'mode'>>;

export function countsOfSummary(summary: ModeSummary): ProgressCounts {
  return {
    tagsDone: summary.tagsLanded,
    tagsFailed: summary.tagsFailed,
    tagsTotal: summary.tagsTotal,
    values: summary.values,
    httpRequests: summary.httpRequests,
    retries: summary.retries,
    elapsedMs: summary.elapsedMs,
  };
}
