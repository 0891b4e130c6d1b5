/** The four scale tiers with plants x units x sensors (DESIGN §2). */
import { listTiers } from './list-tiers';
import type { TierList } from '@/lib/api-contract';

export function GET(): Response {
  const body: TierList = { tiers: listTiers() };
  return Response.json(body);
}
