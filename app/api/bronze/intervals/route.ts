/** GET /api/bronze/intervals?source=&webId=: seconds between consecutive samples, bucketed, with the median; every tag of the source without webId. */
import { bucketize, DEFAULT_INTERVAL_EDGES_SECONDS, intervalHistogram } from '@/lib/bronze';
import { tagScopeParams, type IntervalHistogramResult } from '@/lib/api-contract';
import { readBySource } from '../read-by-source';

export const dynamic = 'force-dynamic';
export const runtime = 'nodejs';

export function GET(request: Request): Promise<Response> {
  return readBySource(request, {
    param: 'source',
    params: tagScopeParams,
    read: async (store, { webId }, sourceKey): Promise<IntervalHistogramResult> => {
      const { buckets, medianSeconds, intervalCount, sharedTimestampValues } = await intervalHistogram(store, { sourceKey, webId });
      return { buckets, medianSeconds, intervalCount, sharedTimestampValues };
    },
    empty: () => ({ buckets: bucketize([], DEFAULT_INTERVAL_EDGES_SECONDS), medianSeconds: null, intervalCount: 0, sharedTimestampValues: 0 }),
    what: 'sampling intervals',
  });
}
