/**
 * Shapes that cross lib/bronze's boundary. What is landed (values, windows, AF and event-frame
 * rows, sources) is lib/landing's contract, shared with the lake; the rest is the store's own.
 */
export {
  FLAG_ANNOTATED,
  FLAG_GOOD,
  FLAG_QUESTIONABLE,
  FLAG_SUBSTITUTED,
  type AfElementRow,
  type AssetSource,
  type DataSource,
  type EventFrameRow,
  type TagRegistration,
  type TagWindow,
  type ValueColumns,
} from '../landing';

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
