/**
 * The seed's world shape (issue 14, items 7 and 9). Its FastAPI mock has 50 event frames over 30
 * days, every one closed: its extractor and notebooks read EndTime with pandas, which cannot
 * represent AF's max time (9999-12-31 is past pandas' 2262 limit, OutOfBoundsDatetime), so an
 * in-progress frame breaks them. It also serves two attributes on any element, plants included,
 * where a real AF database (and our default mode) gives a plant none; the two here are ours.
 */
import { plantName, type TierLayout } from '../../tiers';
import type { AttributeDef } from '../af/attribute-def';
import type { WorldProfile } from '../world-profile';

const DAY_MS = 86_400_000;

function plantAttribute(name: string, description: string, type: string, value: string | number): AttributeDef {
  return {
    name,
    description,
    type,
    unitsName: '',
    units: '',
    categoryNames: ['Site'],
    tagIndex: null,
    staticValue: value,
    zero: null,
    span: null,
    displayDigits: -5,
  };
}

function seedPlantAttributes(layout: TierLayout, plant: number): AttributeDef[] {
  return [
    plantAttribute('Location', 'Where the site is', 'String', plantName(layout, plant)),
    plantAttribute('UnitCount', 'Process units at the site', 'Int32', layout.unitsPerPlant),
  ];
}

export const SEED_PROFILE: WorldProfile = {
  frames: { windowMs: 30 * DAY_MS, inProgressShare: 0 },
  plantAttributes: seedPlantAttributes,
};
