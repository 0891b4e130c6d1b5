/** The four tiers as the API and the tier picker show them; shared by /api/tiers and the home page. */
import { layoutForTagCount, plantName, TIER_TAG_COUNTS } from '@/lib/tiers';
import type { TierOption } from '@/lib/api-contract';

export function listTiers(): TierOption[] {
  return TIER_TAG_COUNTS.map((tier) => {
    const layout = layoutForTagCount(tier);
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
