/**
 * GUIDs of AF objects derived from indices, so nothing per element is stored and every WebID
 * decodes back to its object: `MARKER-KIND-BBBB-CCCC-AAAAAAAADDDD` (hex), where A is a 32-bit index
 * (plant, event frame) and B, C, D 16-bit ones (unit, equipment slot, attribute / sub-object).
 */
const MARKER = 'af0b1ec7';
const ABSENT = 0xffff;

export const GUID_KIND = {
  plant: 0x0001,
  unit: 0x0002,
  equipment: 0x0003,
  plantAttribute: 0x0011,
  unitAttribute: 0x0012,
  equipmentAttribute: 0x0013,
  elementTemplate: 0x0020,
  elementCategory: 0x0021,
  eventFrame: 0x0030,
  eventFrameAttribute: 0x0031,
} as const;
export type GuidKind = (typeof GUID_KIND)[keyof typeof GUID_KIND];

export interface GuidFields {
  kind: number;
  /** 32-bit index (plant, event frame, template, category). */
  a: number;
  /** 16-bit indices; -1 when unused. */
  b: number;
  c: number;
  d: number;
}

function hex(value: number, width: number): string {
  return value.toString(16).padStart(width, '0');
}

function small(value: number): number {
  if (value === -1) return ABSENT;
  if (!Number.isInteger(value) || value < 0 || value >= ABSENT) throw new RangeError(`index ${value} does not fit a GUID field`);
  return value;
}

export function objectGuid(kind: GuidKind, a: number, b = -1, c = -1, d = -1): string {
  if (!Number.isInteger(a) || a < 0 || a > 0xffffffff) throw new RangeError(`index ${a} does not fit a GUID field`);
  return `${MARKER}-${hex(kind, 4)}-${hex(small(b), 4)}-${hex(small(c), 4)}-${hex(a, 8)}${hex(small(d), 4)}`;
}

const GUID_RE = /^af0b1ec7-([0-9a-f]{4})-([0-9a-f]{4})-([0-9a-f]{4})-([0-9a-f]{8})([0-9a-f]{4})$/;

/** Inverse of objectGuid; null for a GUID this mock did not derive. */
export function parseObjectGuid(guid: string): GuidFields | null {
  const m = GUID_RE.exec(guid.toLowerCase());
  if (!m) return null;
  const field = (s: string): number => {
    const n = parseInt(s, 16);
    return n === ABSENT ? -1 : n;
  };
  return { kind: parseInt(m[1]!, 16), b: field(m[2]!), c: field(m[3]!), a: parseInt(m[4]!, 16), d: field(m[5]!) };
}
