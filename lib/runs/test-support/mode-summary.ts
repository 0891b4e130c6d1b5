import type { ModeSummary } from '../../api-contract';

/** A complete 1,040-tag mode summary for the figure-rule tests; a case patches what it is about. */
export function modeSummary(mode: ModeSummary['mode'], elapsedMs: number, patch: Partial<ModeSummary> = {}): ModeSummary {
  return {
    mode,
    tagsTotal: 1040,
    tagsLanded: 1040,
    tagsFailed: 0,
    values: 63_440,
    httpRequests: 11,
    bytes: 1,
    elapsedMs,
    valuesPerSecond: 1,
    retries: 0,
    failedTags: [],
    timeBoxed: false,
    projection: null,
    ...patch,
  };
}
