/** Shapes of `/api/mock`: shared by the route (server) and the tier picker (browser). */
import { z } from 'zod';
import { tierTagCount } from '../tiers';

export const mockStatus = z.object({
  tagCount: z.int(),
  requestedTagCount: z.int(),
  plants: z.int(),
  unitsPerPlant: z.int(),
  sensorsPerUnit: z.int(),
  startupMs: z.number(),
  intervalSeconds: z.int(),
  internalUrl: z.string().nullable(),
});
export type MockStatus = z.infer<typeof mockStatus>;

export const putMockBody = z.object({
  tier: tierTagCount,
});
export type PutMockBody = z.infer<typeof putMockBody>;
