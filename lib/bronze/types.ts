/**
 * The store's own shapes. What is landed (values, windows, AF and event-frame rows, sources) is
 * lib/landing's contract, shared with the lake: import it from there, not through bronze.
 */

/** A run's history row. `settings` and `figures` are stored as JSON; lib/runs owns their shape. */
export interface RunRecord {
  runId: string;
  startedAtMs: number;
  finishedAtMs: number | null;
  status: string;
  settings: unknown;
  figures: unknown;
}

export interface BronzeCounts {
  timeseries: number;
  tags: number;
  afElements: number;
  eventFrames: number;
}
