/** GET /api/bronze/intervals?webId=: seconds between consecutive samples, bucketed, with the median; all tags without webId. */
import { intervalHistogram } from '@/lib/bronze';
import { tagScopeParams } from '@/lib/client/schemas/bronze-params';
import type { IntervalHistogramResult } from '@/lib/client/schemas/bronze';
import { readBronze } from '../read-bronze';

export const dynamic = 'force-dynamic';
export const runtime = 'nodejs';

export function GET(request: Request): Promise<Response> {
  return readBronze(
    request,
    tagScopeParams,
    async (store, { webId }): Promise<IntervalHistogramResult> => {
      const { buckets, medianSeconds, intervalCount } = await intervalHistogram(store, { webId });
      return { buckets, medianSeconds, intervalCount };
    },
    'sampling intervals',
  );
}
