/**
 * The element tree as pure functions of the tier layout: plant -> Unit01.. -> two equipment.
 * An element is an ElementRef (indices); names, paths and GUIDs are computed from it on demand,
 * paths below the world's own AF server and database (server-identity.ts).
 */
import { plantIndexOf, plantName, type TierLayout } from '../../tiers';
import { unitElementName } from '../catalogue';
import type { ServerIdentity } from '../server-identity';
import { EQUIPMENT_PER_UNIT, equipmentName, equipmentType } from './equipment';
import { GUID_KIND, objectGuid, parseObjectGuid } from './object-guid';

export type ElementKind = 'plant' | 'unit' | 'equipment';

export interface ElementRef {
  kind: ElementKind;
  plant: number;
  /** -1 for a plant. */
  unit: number;
  /** -1 for a plant or unit. */
  slot: number;
}

export function plantRef(plant: number): ElementRef {
  return { kind: 'plant', plant, unit: -1, slot: -1 };
}
export function unitRef(plant: number, unit: number): ElementRef {
  return { kind: 'unit', plant, unit, slot: -1 };
}
export function equipmentRef(plant: number, unit: number, slot: number): ElementRef {
  return { kind: 'equipment', plant, unit, slot };
}

export function isInLayout(layout: TierLayout, ref: ElementRef): boolean {
  const plantOk = Number.isInteger(ref.plant) && ref.plant >= 0 && ref.plant < layout.plantCount;
  if (ref.kind === 'plant') return plantOk && ref.unit === -1 && ref.slot === -1;
  const unitOk = plantOk && Number.isInteger(ref.unit) && ref.unit >= 0 && ref.unit < layout.unitsPerPlant;
  if (ref.kind === 'unit') return unitOk && ref.slot === -1;
  return unitOk && Number.isInteger(ref.slot) && ref.slot >= 0 && ref.slot < EQUIPMENT_PER_UNIT;
}

export function elementName(layout: TierLayout, ref: ElementRef): string {
  if (ref.kind === 'plant') return plantName(layout, ref.plant);
  if (ref.kind === 'unit') return unitElementName(ref.unit);
  return equipmentName(ref.plant, ref.unit, ref.slot);
}

export function elementPath(id: ServerIdentity, layout: TierLayout, ref: ElementRef): string {
  let path = `${id.database.path}\\${plantName(layout, ref.plant)}`;
  if (ref.kind !== 'plant') path += `\\${unitElementName(ref.unit)}`;
  if (ref.kind === 'equipment') path += `\\${equipmentName(ref.plant, ref.unit, ref.slot)}`;
  return path;
}

export function elementTemplateName(ref: ElementRef): string {
  if (ref.kind === 'plant') return 'Plant';
  if (ref.kind === 'unit') return 'ProcessUnit';
  return equipmentType(ref.plant, ref.unit, ref.slot);
}

export function elementCategoryNames(ref: ElementRef): string[] {
  return [ref.kind === 'plant' ? 'Site' : ref.kind === 'unit' ? 'Production Unit' : 'Equipment'];
}

export function elementDescription(layout: TierLayout, ref: ElementRef): string {
  const plant = plantName(layout, ref.plant);
  if (ref.kind === 'plant') return `Production site ${plant}`;
  if (ref.kind === 'unit') return `Process unit ${ref.unit + 1} at ${plant}`;
  return `${equipmentType(ref.plant, ref.unit, ref.slot)} of ${plant} ${unitElementName(ref.unit)}`;
}

export function parentOf(ref: ElementRef): ElementRef | null {
  if (ref.kind === 'plant') return null;
  if (ref.kind === 'unit') return plantRef(ref.plant);
  return unitRef(ref.plant, ref.unit);
}

/** Direct children; `null` is the database, whose children are the plants. */
export function childrenOf(layout: TierLayout, ref: ElementRef | null): ElementRef[] {
  const out: ElementRef[] = [];
  if (ref === null) for (let p = 0; p < layout.plantCount; p++) out.push(plantRef(p));
  else if (ref.kind === 'plant') for (let u = 0; u < layout.unitsPerPlant; u++) out.push(unitRef(ref.plant, u));
  else if (ref.kind === 'unit') for (let s = 0; s < EQUIPMENT_PER_UNIT; s++) out.push(equipmentRef(ref.plant, ref.unit, s));
  return out;
}

/** Every element below a root (the database for `null`), parents before their children. */
export function descendantsOf(layout: TierLayout, ref: ElementRef | null): ElementRef[] {
  const out: ElementRef[] = [];
  const visit = (r: ElementRef): void => {
    out.push(r);
    for (const c of childrenOf(layout, r)) visit(c);
  };
  for (const c of childrenOf(layout, ref)) visit(c);
  return out;
}

export function hasChildren(ref: ElementRef): boolean {
  return ref.kind !== 'equipment';
}

export function elementGuid(ref: ElementRef): string {
  const kind = ref.kind === 'plant' ? GUID_KIND.plant : ref.kind === 'unit' ? GUID_KIND.unit : GUID_KIND.equipment;
  return objectGuid(kind, ref.plant, ref.unit, ref.slot);
}

/** GUID -> element of this layout, or null. */
export function elementFromGuid(layout: TierLayout, guid: string): ElementRef | null {
  const f = parseObjectGuid(guid);
  if (!f || f.d !== -1) return null;
  const kind: ElementKind | null =
    f.kind === GUID_KIND.plant ? 'plant' : f.kind === GUID_KIND.unit ? 'unit' : f.kind === GUID_KIND.equipment ? 'equipment' : null;
  if (!kind) return null;
  const ref: ElementRef = { kind, plant: f.a, unit: f.b, slot: f.c };
  return isInLayout(layout, ref) ? ref : null;
}

/**
 * Element names below the database (any case) -> element, or null. `names` are the path segments
 * after `\\SERVER\DATABASE`.
 */
export function elementFromNames(layout: TierLayout, names: readonly string[]): ElementRef | null {
  if (names.length < 1 || names.length > 3) return null;
  const plant = plantIndexOf(layout, names[0]!);
  if (plant < 0) return null;
  if (names.length === 1) return plantRef(plant);
  const m = /^UNIT(\d{2,})$/.exec(names[1]!.toUpperCase());
  if (!m) return null;
  const unit = Number(m[1]) - 1;
  if (unit < 0 || unit >= layout.unitsPerPlant || unitElementName(unit).toUpperCase() !== names[1]!.toUpperCase()) return null;
  if (names.length === 2) return unitRef(plant, unit);
  const wanted = names[2]!.toUpperCase();
  for (let s = 0; s < EQUIPMENT_PER_UNIT; s++) {
    if (equipmentName(plant, unit, s).toUpperCase() === wanted) return equipmentRef(plant, unit, s);
  }
  return null;
}

/** Total elements of each kind in the layout (no enumeration). */
export function elementCounts(layout: TierLayout): { plants: number; units: number; equipment: number } {
  const units = layout.plantCount * layout.unitsPerPlant;
  return { plants: layout.plantCount, units, equipment: units * EQUIPMENT_PER_UNIT };
}
