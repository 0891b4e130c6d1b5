/** GET /api/bronze/af/templates?asset=: an AF database's elements per template, most common first (null: no template). */
import { afTemplateCounts } from '@/lib/bronze';
import { assetParams, type AfTemplatesResult } from '@/lib/api-contract';
import { readBySource } from '../../read-by-source';

export const dynamic = 'force-dynamic';
export const runtime = 'nodejs';

export function GET(request: Request): Promise<Response> {
  return readBySource(request, {
    param: 'asset',
    params: assetParams,
    read: async (store, _input, assetKey): Promise<AfTemplatesResult> => ({ templates: await afTemplateCounts(store, { assetKey }) }),
    empty: () => ({ templates: [] }),
    what: 'AF templates',
  });
}
