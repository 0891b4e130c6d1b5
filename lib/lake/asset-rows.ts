/**
 * AF elements and event frames as the lake stages them. The lake is append-only, so it keeps
 * versions: a row is written only when its content hash differs from the latest committed
 * version of that WebId on the same AF server. Lake readers take the latest version per WebId
 * (highest commit sequence; ingested_at orders them too).
 */
import { createHash } from 'node:crypto';
import type { AfElementRow, AssetSource, EventFrameRow } from '../landing';

export interface StagedAfElement {
  row: AfElementRow;
  contentHash: string;
  ingestedAtMs: number;
  runId: string;
}

export interface StagedEventFrame {
  row: EventFrameRow;
  contentHash: string;
  ingestedAtMs: number;
  runId: string;
}

/** JSON with object keys sorted at every depth: the same content always gives the same text. */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(sortKeys(value));
}

function sortKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortKeys);
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value)
        .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
        .map(([k, v]) => [k, sortKeys(v)]),
    );
  }
  return value;
}

/**
 * Hash of everything a reader sees in the row except ingested_at and run_id, which differ on
 * every landing and would make every row a new version.
 */
function contentHash(source: AssetSource, fields: readonly unknown[]): string {
  const text = canonicalJson([source.assetServerId, source.assetServerName, source.databaseName, ...fields]);
  return createHash('sha256').update(text).digest('hex').slice(0, 32);
}

export function afElementHash(source: AssetSource, r: AfElementRow): string {
  return contentHash(source, [r.webId, r.name, r.path, r.parentWebId, r.depth, r.templateName, r.categoryNames, r.description]);
}

export function eventFrameHash(source: AssetSource, r: EventFrameRow): string {
  return contentHash(source, [r.webId, r.name, r.templateName, r.startMs, r.endMs, r.primaryElementWebId, r.categoryNames, r.severity, r.attributes]);
}
