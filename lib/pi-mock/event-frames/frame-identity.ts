/**
 * Names, paths, GUIDs and WebIDs of event frames and their attributes, and the way back from a
 * WebID or path to the frame (index into the FrameTable).
 */
import { encodeWebId, type DecodedWebId, type WebIdType } from '../../pi-contract';
import { parseAfPath } from '../af/af-path';
import { attributeWebId } from '../af/af-webids';
import { GUID_KIND, objectGuid, parseObjectGuid } from '../af/object-guid';
import { objectGuidsOf } from '../af/webid-errors';
import type { ServerIdentity } from '../server-identity';
import { EF_TEMPLATES } from './ef-templates';
import type { FrameTable } from './frame-table';

/** `BatchRun-2024-000123`: template, start year, sequence within the template. */
export function frameName(table: FrameTable, i: number): string {
  return `${EF_TEMPLATES[table.template[i]!]!.name}-${table.year[i]}-${String(table.seq[i]).padStart(table.seqWidth, '0')}`;
}

export function framePath(id: ServerIdentity, table: FrameTable, i: number): string {
  return `${id.database.path}\\EventFrames[${frameName(table, i)}]`;
}

export function frameGuid(i: number): string {
  return objectGuid(GUID_KIND.eventFrame, i);
}

export function frameAttributeGuid(i: number, index: number): string {
  return objectGuid(GUID_KIND.eventFrameAttribute, i, -1, -1, index);
}

export function frameWebId(id: ServerIdentity, table: FrameTable, i: number, type: WebIdType): string {
  return encodeWebId({ marker: 'Fm', guids: [id.assetServer.guid, frameGuid(i)], path: framePath(id, table, i) }, type);
}

export function frameAttributeWebId(
  id: ServerIdentity,
  table: FrameTable,
  i: number,
  index: number,
  name: string,
  type: WebIdType,
): string {
  return attributeWebId(id, { marker: 'F', guid: frameGuid(i), path: framePath(id, table, i) }, frameAttributeGuid(i, index), name, type);
}

const NAME_RE = /^([A-Za-z]+)-(\d{4})-(\d+)$/;

/** Frame name (any case) -> index, or -1. */
export function frameIndexOfName(table: FrameTable, name: string): number {
  const m = NAME_RE.exec(name);
  if (!m) return -1;
  const t = EF_TEMPLATES.findIndex((tpl) => tpl.name.toUpperCase() === m[1]!.toUpperCase());
  const seq = Number(m[3]);
  const i = t < 0 ? undefined : table.bySeq[t]?.[seq - 1];
  if (i === undefined) return -1;
  return frameName(table, i).toUpperCase() === name.toUpperCase() ? i : -1;
}

function frameFromGuid(table: FrameTable, guid: string): number {
  const f = parseObjectGuid(guid);
  if (!f || f.kind !== GUID_KIND.eventFrame || f.b !== -1 || f.c !== -1 || f.d !== -1) return -1;
  return f.a < table.count ? f.a : -1;
}

/** An `Fm` WebID -> frame index, or -1. */
export function frameFromDecoded(id: ServerIdentity, table: FrameTable, decoded: DecodedWebId): number {
  if (decoded.marker !== 'Fm') return -1;
  const guids = objectGuidsOf(id, decoded);
  if (guids === 'foreign') return -1;
  if (guids) return frameFromGuid(table, guids[0] ?? '');
  return frameFromPath(id, table, decoded.path ?? '');
}

export function frameFromPath(id: ServerIdentity, table: FrameTable, path: string): number {
  const parsed = parseAfPath(id, path);
  return parsed?.kind === 'eventFrame' ? frameIndexOfName(table, parsed.name) : -1;
}

/** Attribute of a frame by position or name (any case) -> index, or -1; the template fixes the list. */
function attributeIndex(table: FrameTable, frame: number, key: string | number): number {
  const specs = EF_TEMPLATES[table.template[frame]!]!.attributes;
  if (typeof key === 'number') return key >= 0 && key < specs.length ? key : -1;
  return specs.findIndex((s) => s.name.toUpperCase() === key.toUpperCase());
}

/** An `Ab` WebID owned by an event frame (owner `F`) -> (frame, attribute index), or null. */
export function frameAttributeFromDecoded(
  id: ServerIdentity,
  table: FrameTable,
  decoded: DecodedWebId,
): { frame: number; index: number } | null {
  if (decoded.marker !== 'Ab' || decoded.ownerMarker !== 'F') return null;
  const guids = objectGuidsOf(id, decoded);
  if (guids === 'foreign') return null;
  if (guids === null) return frameAttributeFromPath(id, table, decoded.path ?? '');
  const frame = frameFromGuid(table, guids[0] ?? '');
  const f = parseObjectGuid(guids[1] ?? '');
  if (frame < 0 || !f || f.kind !== GUID_KIND.eventFrameAttribute || f.a !== frame || f.b !== -1 || f.c !== -1) return null;
  const index = attributeIndex(table, frame, f.d);
  return index < 0 ? null : { frame, index };
}

export function frameAttributeFromPath(id: ServerIdentity, table: FrameTable, path: string): { frame: number; index: number } | null {
  const parsed = parseAfPath(id, path);
  if (parsed?.kind !== 'eventFrameAttribute') return null;
  const frame = frameIndexOfName(table, parsed.name);
  if (frame < 0) return null;
  const index = attributeIndex(table, frame, parsed.attribute);
  return index < 0 ? null : { frame, index };
}
