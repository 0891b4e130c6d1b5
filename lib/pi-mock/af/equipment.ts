/**
 * Equipment under each process unit: two per unit, each a Pump, Compressor, HeatExchanger or
 * Reactor chosen by a hash of its position (not the seed: the plant's structure, and so every
 * element WebID, is the same whatever values the world simulates).
 */
import { hashInts, hashPick } from './hash-ints';

export const EQUIPMENT_TYPES = ['Pump', 'Compressor', 'HeatExchanger', 'Reactor'] as const;
export type EquipmentType = (typeof EQUIPMENT_TYPES)[number];
export const EQUIPMENT_PER_UNIT = 2;

export function equipmentType(plant: number, unit: number, slot: number): EquipmentType {
  return EQUIPMENT_TYPES[hashPick(EQUIPMENT_TYPES.length, 0xe0, plant, unit, slot)]!;
}

/** `Pump_01`; numbered per type within the unit, so two pumps are Pump_01 and Pump_02. */
export function equipmentName(plant: number, unit: number, slot: number): string {
  const type = equipmentType(plant, unit, slot);
  let n = 1;
  for (let s = 0; s < slot; s++) if (equipmentType(plant, unit, s) === type) n++;
  return `${type}_${String(n).padStart(2, '0')}`;
}

/** Static (no data reference) nameplate attribute of an equipment element. */
export interface NameplateAttribute {
  name: string;
  type: 'String' | 'Double' | 'DateTime';
  unitsName: string;
  units: string;
  value: string | number;
}

const MANUFACTURERS: Record<EquipmentType, readonly string[]> = {
  Pump: ['Grundfos', 'Sulzer', 'KSB', 'Flowserve'],
  Compressor: ['Atlas Copco', 'Ingersoll Rand', 'Kaeser', 'Howden'],
  HeatExchanger: ['Alfa Laval', 'Kelvion', 'SPX Flow', 'Tranter'],
  Reactor: ['Pfaudler', 'De Dietrich', 'Buchiglas', 'Parr'],
};
const CAPACITY: Record<EquipmentType, { unitsName: string; units: string; min: number; max: number }> = {
  Pump: { unitsName: 'cubic meter per hour', units: 'm3/h', min: 50, max: 500 },
  Compressor: { unitsName: 'kilowatt', units: 'kW', min: 75, max: 2000 },
  HeatExchanger: { unitsName: 'kilowatt', units: 'kW', min: 200, max: 5000 },
  Reactor: { unitsName: 'cubic meter', units: 'm3', min: 5, max: 120 },
};
const DAY_MS = 86_400_000;
const INSTALL_EPOCH_MS = Date.UTC(2005, 0, 1);
const INSTALL_SPAN_DAYS = 6_570; // 2005..2022

export function nameplateAttributes(plant: number, unit: number, slot: number): NameplateAttribute[] {
  const type = equipmentType(plant, unit, slot);
  const h = hashInts(0xe1, plant, unit, slot);
  const maker = MANUFACTURERS[type][h % 4]!;
  const cap = CAPACITY[type];
  const steps = Math.floor((cap.max - cap.min) / 5);
  const rated = cap.min + ((h >>> 4) % (steps + 1)) * 5;
  const installMs = INSTALL_EPOCH_MS + ((h >>> 12) % INSTALL_SPAN_DAYS) * DAY_MS;
  return [
    { name: 'Manufacturer', type: 'String', unitsName: '', units: '', value: maker },
    { name: 'Model', type: 'String', unitsName: '', units: '', value: `${type.slice(0, 2).toUpperCase()}-${100 + ((h >>> 8) % 900)}` },
    { name: 'RatedCapacity', type: 'Double', unitsName: cap.unitsName, units: cap.units, value: rated },
    { name: 'InstallDate', type: 'DateTime', unitsName: '', units: '', value: new Date(installMs).toISOString().replace('.000Z', 'Z') },
  ];
}
