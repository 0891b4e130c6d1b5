/** GET /api/bronze/quality?source=&webId=: counts and percentages per PI quality flag; every tag of the source without webId. */
import { qualityBreakdown } from '@/lib/bronze';
import { tagScopeParams } from '@/lib/client/schemas/bronze-params';
import type { QualityResult } from '@/lib/client/schemas/bronze';
import { readBySource } from '../read-by-source';

export const dynamic = 'force-dynamic';
export const runtime = 'nodejs';

const NONE = { good: 0, questionable: 0, substituted: 0, annotated: 0, states: 0 };

export function GET(request: Request): Promise<Response> {
  return readBySource(request, {
    param: 'source',
    params: tagScopeParams,
    read: async (store, { webId }, sourceKey): Promise<QualityResult> => {
      const { total, counts, percent } = await qualityBreakdown(store, { sourceKey, webId });
      return { total, counts, percent };
    },
    empty: () => ({ total: 0, counts: NONE, percent: NONE }),
    what: 'quality flags',
  });
}
