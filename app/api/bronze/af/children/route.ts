/**
 * GET /api/bronze/af/children?asset=&parent=&limit=: one level of an AF database's tree with each
 * child's own child count, so the tree loads as it is expanded (11,400 elements at 30,240 tags
 * never at once). Without `parent`: the top-level elements.
 */
import { afChildren } from '@/lib/bronze';
import { afChildrenParams, type AfChildrenResult } from '@/lib/api-contract';
import { readBySource } from '../../read-by-source';

export const dynamic = 'force-dynamic';
export const runtime = 'nodejs';

export function GET(request: Request): Promise<Response> {
  return readBySource(request, {
    param: 'asset',
    params: afChildrenParams,
    read: async (store, { parent, limit }, assetKey): Promise<AfChildrenResult> => {
      const parentWebId = parent ?? null;
      const nodes = await afChildren(store, { assetKey, parentWebId, limit: limit + 1 });
      return { parentWebId, nodes: nodes.slice(0, limit), more: nodes.length > limit };
    },
    empty: ({ parent }) => ({ parentWebId: parent ?? null, nodes: [], more: false }),
    what: 'AF children',
  });
}
