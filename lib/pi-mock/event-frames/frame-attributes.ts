/**
 * The attributes of one event frame: the template's list with values drawn from (seed, frame), so
 * they are static attributes whose streams serve one value in the frame's window.
 */
import { SENSOR_TYPES } from '../../tiers';
import type { AttributeDef } from '../af/attribute-def';
import { unitsNameOf } from '../af/element-attributes';
import { hashInts, hashPick, hashUnit } from '../af/hash-ints';
import { EF_TEMPLATES } from './ef-templates';
import { SEVERITIES, type FrameTable } from './frame-table';

const PRODUCTS = ['Polymer A', 'Polymer B', 'Resin X', 'Solvent S', 'Additive Q'];
const PEOPLE = ['A. Nguyen', 'B. Smith', 'C. Okafor', 'D. Rossi', 'E. Tanaka', 'F. Müller', 'G. Silva', 'H. Kowalski'];
const MAINTENANCE_TYPES = ['Preventive', 'Corrective', 'Predictive', 'Inspection'];
const REASONS = ['Mechanical failure', 'Electrical fault', 'Material shortage', 'Changeover', 'Planned shutdown', 'Quality hold'];
const PLANNED_REASONS = new Set(['Changeover', 'Planned shutdown']);
const PRIORITY_BY_SEVERITY: Record<string, number> = { Critical: 1, Major: 2, Minor: 3 };

const round = (value: number, step: number): number => Math.round(value / step) * step;
const fix = (value: number): number => Number(value.toFixed(2));

/** Values for a frame, in template attribute order, with units where they vary by frame. */
function frameValues(table: FrameTable, i: number, seed: number, nowMs: number): { value: string | number; units?: string }[] {
  const r = (k: number): number => hashUnit(seed, 0xefa0 + k, i);
  const tpl = EF_TEMPLATES[table.template[i]!]!.name;
  const endMs = Math.min(table.endMs[i]!, Math.max(nowMs, table.startMs[i]!));
  const hours = (endMs - table.startMs[i]!) / 3_600_000;
  switch (tpl) {
    case 'BatchRun': {
      const target = round(10 + r(1) * 40, 0.5);
      return [
        { value: `B${table.year[i]}-${String(table.seq[i]).padStart(table.seqWidth, '0')}` },
        { value: PRODUCTS[hashPick(PRODUCTS.length, seed, 0xefb1, i)]! },
        { value: target },
        { value: fix(round(target * (0.9 + r(2) * 0.15), 0.1)) },
        { value: PEOPLE[hashPick(PEOPLE.length, seed, 0xefb2, i)]! },
      ];
    }
    case 'Maintenance':
      return [
        { value: `WO-${100000 + (hashInts(seed, 0xefb3, i) % 900000)}` },
        { value: PEOPLE[hashPick(PEOPLE.length, seed, 0xefb4, i)]! },
        { value: MAINTENANCE_TYPES[hashPick(MAINTENANCE_TYPES.length, seed, 0xefb5, i)]! },
        { value: round(200 + r(3) * 14800, 10) },
      ];
    case 'Alarm': {
      const sensor = SENSOR_TYPES[hashPick(SENSOR_TYPES.length, seed, 0xefb6, i)]!;
      const span = sensor.max - sensor.min;
      const limit = fix(sensor.min + 0.9 * span);
      return [
        { value: `${sensor.name.toUpperCase().slice(0, 4)}-HI` },
        { value: PRIORITY_BY_SEVERITY[SEVERITIES[table.severity[i]!]!] ?? 4 },
        { value: fix(limit + r(4) * 0.08 * span), units: sensor.units },
        { value: limit, units: sensor.units },
      ];
    }
    default: {
      const reason = REASONS[hashPick(REASONS.length, seed, 0xefb7, i)]!;
      return [
        { value: reason },
        { value: PLANNED_REASONS.has(reason) ? 'Planned' : 'Unplanned' },
        { value: fix(round(hours * (2 + r(5) * 4), 0.1)) },
      ];
    }
  }
}

/**
 * `nowMs` only matters for a frame in progress, whose lost production so far grows with time; it
 * is the world's anchor, so a frame's values do not change between requests.
 */
export function frameAttributes(table: FrameTable, i: number, seed: number, anchorMs: number): AttributeDef[] {
  const specs = EF_TEMPLATES[table.template[i]!]!.attributes;
  const values = frameValues(table, i, seed, anchorMs);
  return specs.map((spec, k) => {
    const v = values[k]!;
    const units = v.units ?? spec.units;
    return {
      name: spec.name,
      description: spec.description,
      type: spec.type,
      unitsName: v.units !== undefined ? unitsNameOf(v.units) : spec.unitsName,
      units,
      categoryNames: [],
      tagIndex: null,
      staticValue: v.value,
      zero: null,
      span: null,
      displayDigits: -5,
    };
  });
}
