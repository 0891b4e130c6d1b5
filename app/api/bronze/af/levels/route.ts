/** GET /api/bronze/af/levels?asset=: an AF database's elements per hierarchy depth, shallowest first. */
import { afDepthCounts } from '@/lib/bronze';
import { assetParams, type AfLevelsResult } from '@/lib/api-contract';
import { readBySource } from '../../read-by-source';

export const dynamic = 'force-dynamic';
export const runtime = 'nodejs';

export function GET(request: Request): Promise<Response> {
  return readBySource(request, {
    param: 'asset',
    params: assetParams,
    read: async (store, _input, assetKey): Promise<AfLevelsResult> => ({ levels: await afDepthCounts(store, { assetKey }) }),
    empty: () => ({ levels: [] }),
    what: 'AF levels',
  });
}
