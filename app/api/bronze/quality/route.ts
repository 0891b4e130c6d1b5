/** GET /api/bronze/quality?source=&webId=: counts and percentages per PI quality flag and per exclusive class; every tag of the source without webId. */
import { qualityBreakdown } from '@/lib/bronze';
import { tagScopeParams, type QualityResult } from '@/lib/api-contract';
import { readBySource } from '../read-by-source';

export const dynamic = 'force-dynamic';
export const runtime = 'nodejs';

const NONE = { good: 0, questionable: 0, substituted: 0, annotated: 0, states: 0 };
const NO_CLASSES = { states: 0, questionableAndSubstituted: 0, questionableOnly: 0, substitutedOnly: 0, goodUnflagged: 0, otherNotGood: 0 };

export function GET(request: Request): Promise<Response> {
  return readBySource(request, {
    param: 'source',
    params: tagScopeParams,
    read: async (store, { webId }, sourceKey): Promise<QualityResult> => {
      const { total, counts, percent, exclusive } = await qualityBreakdown(store, { sourceKey, webId });
      return { total, counts, percent, exclusive };
    },
    empty: () => ({ total: 0, counts: NONE, percent: NONE, exclusive: { counts: NO_CLASSES, percent: NO_CLASSES } }),
    what: 'quality flags',
  });
}
