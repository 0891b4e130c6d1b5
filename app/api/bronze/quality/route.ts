/** GET /api/bronze/quality?webId=: counts and percentages per PI quality flag; all tags without webId. */
import { qualityBreakdown } from '@/lib/bronze';
import { tagScopeParams } from '@/lib/client/schemas/bronze-params';
import type { QualityResult } from '@/lib/client/schemas/bronze';
import { readBronze } from '../read-bronze';

export const dynamic = 'force-dynamic';
export const runtime = 'nodejs';

export function GET(request: Request): Promise<Response> {
  return readBronze(
    request,
    tagScopeParams,
    async (store, { webId }): Promise<QualityResult> => {
      const { total, counts, percent } = await qualityBreakdown(store, { webId });
      return { total, counts, percent };
    },
    'quality flags',
  );
}
