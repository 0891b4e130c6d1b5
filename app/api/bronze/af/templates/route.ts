/** GET /api/bronze/af/templates?asset=: an AF database's elements per template, most common first (null: no template). */
import { afTemplateCounts } from '@/lib/bronze';
import type { AfTemplatesResult } from '@/lib/api-contract';
import { readByAsset } from '../../read-by-source';

export const dynamic = 'force-dynamic';
export const runtime = 'nodejs';

export function GET(request: Request): Promise<Response> {
  return readByAsset(request, 'AF templates', async (store, assetKey): Promise<AfTemplatesResult> => ({ templates: await afTemplateCounts(store, { assetKey }) }), () => ({ templates: [] }));
}
