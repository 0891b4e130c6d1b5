/**
 * Attributes of an element: a unit's eight sensors (PI Point data references to the real tags,
 * so the attribute's stream serves that tag), an equipment's static nameplate data, and whatever
 * static attributes the world's profile gives a plant (none by default).
 */
import { SENSOR_TYPES } from '../../tiers';
import type { TagCatalogue } from '../catalogue';
import type { WorldProfile } from '../world-profile';
import type { AttributeDef } from './attribute-def';
import { nameplateAttributes } from './equipment';
import type { ElementRef } from './hierarchy';
import { GUID_KIND, objectGuid, parseObjectGuid } from './object-guid';

const UNITS_NAMES: Record<string, string> = {
  degC: 'degree Celsius',
  bar: 'bar',
  'm3/h': 'cubic meter per hour',
  '%': 'percent',
  kW: 'kilowatt',
  RPM: 'revolution per minute',
  V: 'volt',
  A: 'ampere',
};

/** AF's full name of a sensor's units (`degC` -> `degree Celsius`). */
export function unitsNameOf(units: string): string {
  return UNITS_NAMES[units] ?? units;
}

type PlantAttributes = WorldProfile['plantAttributes'];
const noPlantAttributes: PlantAttributes = () => [];

export function elementAttributes(catalogue: TagCatalogue, ref: ElementRef, plantAttributes: PlantAttributes = noPlantAttributes): AttributeDef[] {
  if (ref.kind === 'plant') return plantAttributes(catalogue.layout, ref.plant);
  if (ref.kind === 'unit') {
    return SENSOR_TYPES.map((sensor, i) => {
      const tag = catalogue.tag(catalogue.indexOfUnitSensor(ref.plant, ref.unit, i));
      return {
        name: sensor.name,
        description: `${sensor.name} of ${tag.plantName} ${tag.unitName}`,
        type: 'Double',
        unitsName: unitsNameOf(sensor.units),
        units: sensor.units,
        categoryNames: ['Process Data'],
        tagIndex: tag.index,
        zero: sensor.min,
        span: sensor.max - sensor.min,
        displayDigits: -5,
      };
    });
  }
  if (ref.kind === 'equipment') {
    return nameplateAttributes(ref.plant, ref.unit, ref.slot).map((a) => ({
      name: a.name,
      description: `Nameplate ${a.name}`,
      type: a.type,
      unitsName: a.unitsName,
      units: a.units,
      categoryNames: ['Nameplate'],
      tagIndex: null,
      staticValue: a.value,
      zero: null,
      span: null,
      displayDigits: -5,
    }));
  }
  return [];
}

/** ConfigString of a PI Point data reference: `\\SERVER\tag`. */
export function configStringOf(catalogue: TagCatalogue, def: AttributeDef): string {
  return def.tagIndex === null ? '' : catalogue.tag(def.tagIndex).path;
}

export function elementAttributeGuid(ref: ElementRef, index: number): string {
  const kind = ref.kind === 'plant' ? GUID_KIND.plantAttribute : ref.kind === 'unit' ? GUID_KIND.unitAttribute : GUID_KIND.equipmentAttribute;
  return objectGuid(kind, ref.plant, ref.unit, ref.slot, index);
}

/** Attribute GUID -> (owner element, attribute index), or null; the caller checks the layout. */
export function elementAttributeFromGuid(guid: string): { element: ElementRef; index: number } | null {
  const f = parseObjectGuid(guid);
  if (!f || f.d < 0) return null;
  if (f.kind === GUID_KIND.plantAttribute && f.b === -1 && f.c === -1) return { element: { kind: 'plant', plant: f.a, unit: -1, slot: -1 }, index: f.d };
  if (f.kind === GUID_KIND.unitAttribute && f.c === -1) return { element: { kind: 'unit', plant: f.a, unit: f.b, slot: -1 }, index: f.d };
  if (f.kind === GUID_KIND.equipmentAttribute) return { element: { kind: 'equipment', plant: f.a, unit: f.b, slot: f.c }, index: f.d };
  return null;
}
