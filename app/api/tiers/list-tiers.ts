/** The four tiers as the API and the tier picker show them; shared by /api/tiers, /api/mock and the home page. */
import { layoutForTagCount, plantName, TIER_TAG_COUNTS, type Tier } from '@/lib/tiers';
import type { TierOption } from './schema';

/**
 * The tag count to ask the mock for to get each tier. The seed's mapping sends 1,000 (not 1,040)
 * to the 1,040-tag grid; 1,040 itself lands on the 10,000 tier (lib/tiers.ts, DESIGN §2).
 */
const REQUEST_FOR_TIER: Record<Tier, number> = { 128: 128, 1040: 1000, 10000: 10000, 30240: 30240 };

export function requestedCountForTier(tier: Tier): number {
  return REQUEST_FOR_TIER[tier];
}

export function listTiers(): TierOption[] {
  return TIER_TAG_COUNTS.map((tier) => {
    const layout = layoutForTagCount(requestedCountForTier(tier));
    if (layout.tagCount !== tier) throw new Error(`requesting ${layout.requestedTagCount} tags gives ${layout.tagCount}, not the ${tier} tier`);
    return {
      tagCount: layout.tagCount,
      plants: layout.plantCount,
      unitsPerPlant: layout.unitsPerPlant,
      sensorsPerUnit: layout.sensorsPerUnit,
      firstPlant: plantName(layout, 0),
      lastPlant: plantName(layout, layout.plantCount - 1),
    };
  });
}
