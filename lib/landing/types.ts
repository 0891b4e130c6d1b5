/**
 * What the connector hands to a landing sink (DESIGN §1: the connector depends on this contract,
 * never on a concrete store): columnar values, the windows they replace and cover, AF and
 * event-frame rows, and who served them.
 */

/** Bits of `ValueColumns.flags`. */
export const FLAG_GOOD = 1;
export const FLAG_QUESTIONABLE = 2;
export const FLAG_SUBSTITUTED = 4;
export const FLAG_ANNOTATED = 8;

/**
 * Columnar batch of timed values: never an array of row objects (DESIGN §9).
 * Rows of one tag are contiguous and ascending by (ts, seq); sinks check this, because it is what
 * proves the row key (tag, ts, seq) unique within a batch without hashing every row.
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

/**
 * One tag's piece of a landed batch. Its rows lie in [startMs, endMs], an open end excluding that
 * instant (it belongs to a neighbouring covered interval); a sink that replaces windows deletes its
 * earlier rows there first. `coveredEndMs` is where the coverage it adds, [startMs, coveredEndMs],
 * stops: the server time of the read when the window reaches past it (PI may hold future values,
 * but a read cannot have seen values written after it). Below startMs, the piece covers nothing.
 */
export interface TagWindow {
  tagKey: number;
  startMs: number;
  endMs: number;
  startOpen: boolean;
  endOpen: boolean;
  coveredEndMs: number;
}

/** The PI Data Archive that served the tags: every landed row is keyed by it (WebIds are unique per server, not globally). */
export interface DataSource {
  /** DataServer.Id, the archive's GUID, lowercase. */
  dataServerId: string;
  dataServerName: string;
}

/** The AF server and database that served the hierarchy and event frames. */
export interface AssetSource {
  /** AssetServer.Id, the AF server's GUID, lowercase. */
  assetServerId: string;
  assetServerName: string;
  databaseName: string;
}

export interface TagRegistration {
  webId: string;
  name: string;
  units: string;
  pointId?: number;
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

/** A window read whole and covered to its end: a first load of a window that lies in the past. */
export function closedWindow(tagKey: number, startMs: number, endMs: number): TagWindow {
  return { tagKey, startMs, endMs, startOpen: false, endOpen: false, coveredEndMs: endMs };
}
