/** Shape of `/api/tiers`: the four scale tiers and their grids. */
import { z } from 'zod';

export const tierOption = z.object({
  tagCount: z.int(),
  plants: z.int(),
  unitsPerPlant: z.int(),
  sensorsPerUnit: z.int(),
  /** Names of the first and last plant, e.g. `Plant_01` and `Plant_10`. */
  firstPlant: z.string(),
  lastPlant: z.string(),
});
export type TierOption = z.infer<typeof tierOption>;

export const tierList = z.object({ tiers: z.array(tierOption) });
export type TierList = z.infer<typeof tierList>;
