/**
 * The four scale tiers of the demo and the seed's mapping from a requested tag count to a grid of
 * plants x units x 8 sensors (DESIGN §2). Everything per tag is recomputed from the tag index.
 */
import { z } from 'zod';

export const TIER_TAG_COUNTS = [128, 1040, 10000, 30240] as const;
export type Tier = (typeof TIER_TAG_COUNTS)[number];

/** A tier in a request body or query; the message names every tier (a 400 says what to send). */
export const tierTagCount = z.literal(TIER_TAG_COUNTS, { error: `expected one of ${TIER_TAG_COUNTS.join(', ')}` });

export interface SensorType {
  readonly name: string;
  readonly units: string;
  readonly min: number;
  readonly max: number;
}

export const SENSOR_TYPES: readonly SensorType[] = [
  { name: 'Temperature', units: 'degC', min: 20, max: 100 },
  { name: 'Pressure', units: 'bar', min: 1, max: 10 },
  { name: 'Flow', units: 'm3/h', min: 0, max: 500 },
  { name: 'Level', units: '%', min: 0, max: 100 },
  { name: 'Power', units: 'kW', min: 100, max: 5000 },
  { name: 'Speed', units: 'RPM', min: 0, max: 3600 },
  { name: 'Voltage', units: 'V', min: 380, max: 420 },
  { name: 'Current', units: 'A', min: 0, max: 100 },
];
export const SENSORS_PER_UNIT = SENSOR_TYPES.length;

/** Units per facility once the enterprise grid grows past 30,240 tags. */
const ENTERPRISE_UNITS_PER_PLANT = 63;

export type PlantNaming = 'city' | 'plant' | 'site' | 'facility';

export interface TierLayout {
  /** The count that was asked for (before mapping onto a grid). */
  readonly requestedTagCount: number;
  readonly plantCount: number;
  readonly unitsPerPlant: number;
  readonly sensorsPerUnit: number;
  readonly tagCount: number;
  readonly naming: PlantNaming;
}

const CITY_NAMES = ['Sydney', 'Melbourne', 'Brisbane', 'Perth'] as const;

function grid(requested: number, plants: number, units: number, naming: PlantNaming): TierLayout {
  return {
    requestedTagCount: requested,
    plantCount: plants,
    unitsPerPlant: units,
    sensorsPerUnit: SENSORS_PER_UNIT,
    tagCount: plants * units * SENSORS_PER_UNIT,
    naming,
  };
}

/**
 * Maps a requested tag count like the seed: <= 200 -> 128, <= 1,000 -> 1,040, <= 10,000 -> 10,000,
 * else 30,240; above 30,240 the grid grows by whole facilities of 63 units. A tier's own count maps
 * to itself (the seed would send 1,040 to the 10,000 grid; the dashboard asks for tiers by count).
 */
export function layoutForTagCount(requested: number): TierLayout {
  if (!Number.isInteger(requested) || requested < 1) {
    throw new RangeError(`tag count must be a positive integer, got ${requested}`);
  }
  if (requested <= 200) return grid(requested, 4, 4, 'city');
  if (requested <= 1040) return grid(requested, 10, 13, 'plant');
  if (requested <= 10000) return grid(requested, 25, 50, 'site');
  const perFacility = ENTERPRISE_UNITS_PER_PLANT * SENSORS_PER_UNIT;
  const facilities = Math.max(60, Math.ceil(requested / perFacility));
  return grid(requested, facilities, ENTERPRISE_UNITS_PER_PLANT, 'facility');
}

/** Plant (site, facility) name at a 0-based index, as the seed names them. */
export function plantName(layout: TierLayout, plantIndex: number): string {
  const n = plantIndex + 1;
  switch (layout.naming) {
    case 'city':
      return CITY_NAMES[plantIndex] ?? `City_${n}`;
    case 'plant':
      return `Plant_${String(n).padStart(2, '0')}`;
    case 'site':
      return `Site_${String(n).padStart(3, '0')}`;
    case 'facility':
      return `Facility_${String(n).padStart(3, '0')}`;
  }
}

/** Inverse of plantName; -1 when the name is not a plant of this layout. */
export function plantIndexOf(layout: TierLayout, name: string): number {
  const upper = name.toUpperCase();
  if (layout.naming === 'city') {
    const i = CITY_NAMES.findIndex((c) => c.toUpperCase() === upper);
    return i < layout.plantCount ? i : -1;
  }
  const prefix = { plant: 'PLANT_', site: 'SITE_', facility: 'FACILITY_' }[layout.naming];
  const width = layout.naming === 'plant' ? 2 : 3;
  if (!upper.startsWith(prefix)) return -1;
  const digits = upper.slice(prefix.length);
  if (!/^\d+$/.test(digits) || digits.length < width) return -1;
  const index = Number(digits) - 1;
  if (plantName(layout, index).toUpperCase() !== upper) return -1;
  return index >= 0 && index < layout.plantCount ? index : -1;
}

export function isTier(value: number): value is Tier {
  return (TIER_TAG_COUNTS as readonly number[]).includes(value);
}
