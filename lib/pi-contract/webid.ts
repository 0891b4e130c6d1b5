/**
 * WebID 2.0 codec (contract §2): type char, version '1', two-char marker, optional owner marker,
 * then GUIDs (22 chars each, Microsoft byte order, base64url), an optional PI point ID (int32 LE,
 * 6 chars) and, for Full and PathOnly, the upper-cased UTF-8 path without its leading `\\`.
 */
import { err, ok, type Result } from '../result';

export const WEB_ID_TYPES = ['Full', 'IDOnly', 'PathOnly', 'LocalIDOnly', 'DefaultIDOnly'] as const;
export type WebIdType = (typeof WEB_ID_TYPES)[number];

const TYPE_CHAR: Record<WebIdType, string> = {
  Full: 'F',
  IDOnly: 'I',
  PathOnly: 'P',
  LocalIDOnly: 'L',
  DefaultIDOnly: 'D',
};
const CHAR_TYPE: Record<string, WebIdType> = { F: 'Full', I: 'IDOnly', P: 'PathOnly', L: 'LocalIDOnly', D: 'DefaultIDOnly' };

/** Object markers this project encodes and decodes, with the GUIDs each carries after the header. */
export const MARKER_LAYOUT = {
  DS: { guids: 1, pointId: false, owner: false },
  DP: { guids: 1, pointId: true, owner: false },
  RS: { guids: 1, pointId: false, owner: false },
  RD: { guids: 2, pointId: false, owner: false },
  Em: { guids: 2, pointId: false, owner: false },
  Ab: { guids: 3, pointId: false, owner: true },
  Fm: { guids: 2, pointId: false, owner: false },
  ET: { guids: 2, pointId: false, owner: false },
  EC: { guids: 2, pointId: false, owner: false },
} as const;
export type WebIdMarker = keyof typeof MARKER_LAYOUT;
export type OwnerMarker = 'E' | 'F' | 'D' | 'R' | 'X' | 'T';

export interface WebIdParts {
  marker: WebIdMarker;
  ownerMarker?: OwnerMarker;
  /** GUIDs in header order: server first, then owner / database, then the object itself. */
  guids: string[];
  pointId?: number;
  /** Object path with or without the leading `\\`; encoded upper-cased. */
  path: string;
}

export interface DecodedWebId {
  type: WebIdType;
  marker: WebIdMarker;
  ownerMarker?: OwnerMarker;
  /** Present for Full and IDOnly (all GUIDs), LocalIDOnly/DefaultIDOnly (without the server GUID). */
  guids: string[];
  pointId?: number;
  /** Upper-cased path without the leading `\\`; present for Full and PathOnly. */
  path?: string;
}

const GUID_RE = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

function toBase64Url(bytes: Uint8Array): string {
  return Buffer.from(bytes).toString('base64url');
}

/** GUID string -> 22-char base64url in Microsoft (`Guid.ToByteArray`) order. */
export function encodeGuid(guid: string): string {
  if (!GUID_RE.test(guid)) throw new RangeError(`not a GUID: ${guid}`);
  const hex = guid.replace(/-/g, '');
  const rfc = Buffer.from(hex, 'hex');
  const ms = Buffer.alloc(16);
  ms[0] = rfc[3]!; ms[1] = rfc[2]!; ms[2] = rfc[1]!; ms[3] = rfc[0]!;
  ms[4] = rfc[5]!; ms[5] = rfc[4]!;
  ms[6] = rfc[7]!; ms[7] = rfc[6]!;
  rfc.copy(ms, 8, 8, 16);
  return toBase64Url(ms);
}

export function decodeGuid(encoded: string): string | null {
  if (encoded.length !== 22 || !/^[A-Za-z0-9_-]+$/.test(encoded)) return null;
  const ms = Buffer.from(encoded, 'base64url');
  if (ms.length !== 16) return null;
  const rfc = Buffer.alloc(16);
  rfc[0] = ms[3]!; rfc[1] = ms[2]!; rfc[2] = ms[1]!; rfc[3] = ms[0]!;
  rfc[4] = ms[5]!; rfc[5] = ms[4]!;
  rfc[6] = ms[7]!; rfc[7] = ms[6]!;
  ms.copy(rfc, 8, 8, 16);
  const h = rfc.toString('hex');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
}

function encodePointId(id: number): string {
  const b = Buffer.alloc(4);
  b.writeInt32LE(id);
  return toBase64Url(b);
}

function encodePath(path: string): string {
  return toBase64Url(Buffer.from(path.replace(/^\\\\/, '').toUpperCase(), 'utf8'));
}

export function encodeWebId(parts: WebIdParts, type: WebIdType = 'Full'): string {
  const layout = MARKER_LAYOUT[parts.marker];
  if (parts.guids.length !== layout.guids) {
    throw new RangeError(`${parts.marker} WebIDs carry ${layout.guids} GUID(s), got ${parts.guids.length}`);
  }
  if (layout.owner && !parts.ownerMarker) throw new RangeError(`${parts.marker} WebIDs need an owner marker`);
  let out = TYPE_CHAR[type] + '1' + parts.marker + (layout.owner ? parts.ownerMarker : '');
  if (type === 'PathOnly') return out + encodePath(parts.path);
  // LocalIDOnly and DefaultIDOnly drop the server GUID and the path (contract §2.4).
  const guids = type === 'LocalIDOnly' || type === 'DefaultIDOnly' ? parts.guids.slice(1) : parts.guids;
  for (const g of guids) out += encodeGuid(g);
  if (layout.pointId) out += encodePointId(parts.pointId ?? 0);
  if (type === 'Full') out += encodePath(parts.path);
  return out;
}

export type WebIdError = { kind: 'invalid-webid'; webId: string; reason: string };

function invalid(webId: string, reason: string): Result<never, WebIdError> {
  return err({ kind: 'invalid-webid', webId, reason });
}

/** Parses any WebID 2.0 string of a supported marker; never throws. */
export function decodeWebId(webId: string): Result<DecodedWebId, WebIdError> {
  if (webId.length < 4) return invalid(webId, 'too short');
  const type = CHAR_TYPE[webId[0]!];
  if (!type) return invalid(webId, `unknown type character '${webId[0]}'`);
  if (webId[1] !== '1') return invalid(webId, 'not a WebID 2.0 (version character is not 1)');
  const marker = webId.slice(2, 4);
  if (!(marker in MARKER_LAYOUT)) return invalid(webId, `unknown object marker '${marker}'`);
  const layout = MARKER_LAYOUT[marker as WebIdMarker];
  let pos = 4;
  let ownerMarker: OwnerMarker | undefined;
  if (layout.owner) {
    const o = webId[pos];
    if (!o || !'EFDRXT'.includes(o)) return invalid(webId, 'missing or unknown owner marker');
    ownerMarker = o as OwnerMarker;
    pos += 1;
  }
  const decoded: DecodedWebId = { type, marker: marker as WebIdMarker, guids: [] };
  if (ownerMarker) decoded.ownerMarker = ownerMarker;
  if (type !== 'PathOnly') {
    const guidCount = type === 'LocalIDOnly' || type === 'DefaultIDOnly' ? layout.guids - 1 : layout.guids;
    for (let i = 0; i < guidCount; i++) {
      const g = decodeGuid(webId.slice(pos, pos + 22));
      if (!g) return invalid(webId, 'malformed GUID');
      decoded.guids.push(g);
      pos += 22;
    }
    if (layout.pointId) {
      const raw = webId.slice(pos, pos + 6);
      const bytes = Buffer.from(raw, 'base64url');
      if (raw.length !== 6 || bytes.length !== 4) return invalid(webId, 'malformed point ID');
      decoded.pointId = bytes.readInt32LE(0);
      pos += 6;
    }
  }
  if (type === 'Full' || type === 'PathOnly') {
    const payload = webId.slice(pos);
    if (!payload || !/^[A-Za-z0-9_-]+$/.test(payload)) return invalid(webId, 'missing or malformed path');
    decoded.path = Buffer.from(payload, 'base64url').toString('utf8');
  } else if (pos !== webId.length) {
    return invalid(webId, 'trailing characters');
  }
  return ok(decoded);
}

export function isWebIdType(value: string): value is WebIdType {
  return (WEB_ID_TYPES as readonly string[]).includes(value);
}
