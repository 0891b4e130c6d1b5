/** GET /api/bronze/af/levels?asset=: an AF database's elements per hierarchy depth, shallowest first. */
import { afDepthCounts } from '@/lib/bronze';
import type { AfLevelsResult } from '@/lib/api-contract';
import { readByAsset } from '../../read-by-source';

export const dynamic = 'force-dynamic';
export const runtime = 'nodejs';

export function GET(request: Request): Promise<Response> {
  return readByAsset(request, 'AF levels', async (store, assetKey): Promise<AfLevelsResult> => ({ levels: await afDepthCounts(store, { assetKey }) }), () => ({ levels: [] }));
}
