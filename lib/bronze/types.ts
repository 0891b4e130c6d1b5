/** Shapes that cross lib/bronze's boundary: what callers land and what they read back. */

export interface TagRegistration {
  webId: string;
  name: string;
  units: string;
  pointId?: number;
}

/** Bits of `ValueColumns.flags`. */
export const FLAG_GOOD = 1;
export const FLAG_QUESTIONABLE = 2;
export const FLAG_SUBSTITUTED = 4;
export const FLAG_ANNOTATED = 8;

/**
 * Columnar batch of timed values: never an array of row objects (DESIGN §9).
 * Rows of one tag are contiguous and ascending by (ts, seq); landValues checks this, because it
 * is what proves the row key (tag, ts, seq) unique within a batch without hashing every row.
 */
export interface ValueColumns {
  length: number;
  tagKey: Int32Array;
  tsMs: Float64Array;
  /** Ordinal among values at the same (tag, ts): PI may hold two values at one timestamp. */
  seq: Uint8Array;
  /** NaN lands as SQL NULL (a state, or no numeric value). */
  value: Float64Array;
  /** System or digital state name, or null. */
  state: (string | null)[];
  /** bit0 good, bit1 questionable, bit2 substituted, bit3 annotated. */
  flags: Uint8Array;
}

/** Inclusive window fully extracted for one tag: its rows in bronze are replaced by the batch's. */
export interface TagWindow {
  tagKey: number;
  startMs: number;
  endMs: number;
}

export interface Watermark {
  firstTsMs: number;
  lastTsMs: number;
  rowCount: number;
  lastRunId: string;
}

export interface AfElementRow {
  webId: string;
  name: string;
  path: string;
  /** Null for a database's top-level elements. */
  parentWebId: string | null;
  depth: number;
  templateName: string | null;
  categoryNames: string[];
  description: string | null;
}

export interface EventFrameRow {
  webId: string;
  name: string;
  templateName: string | null;
  startMs: number;
  /** Null while the event frame is in progress. */
  endMs: number | null;
  primaryElementWebId: string | null;
  categoryNames: string[];
  severity: string | null;
  /** Attribute name -> value; stored as JSON. */
  attributes: Record<string, unknown>;
}

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
