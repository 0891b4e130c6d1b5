/** GET /api/bronze/event-frames/durations?asset=&template=: durations of an AF database's ended frames, bucketed, with the median. */
import { bucketize, DEFAULT_DURATION_EDGES_SECONDS, eventFrameDurations } from '@/lib/bronze';
import { templateParams, type FrameDurationsResult } from '@/lib/api-contract';
import { readBySource } from '../../read-by-source';

export const dynamic = 'force-dynamic';
export const runtime = 'nodejs';

export function GET(request: Request): Promise<Response> {
  return readBySource(request, {
    param: 'asset',
    params: templateParams,
    read: async (store, { template }, assetKey): Promise<FrameDurationsResult> => {
      const { buckets, medianSeconds, frameCount } = await eventFrameDurations(store, { assetKey, templateName: template });
      return { templateName: template ?? null, buckets, medianSeconds, frameCount };
    },
    empty: ({ template }) => ({ templateName: template ?? null, buckets: bucketize([], DEFAULT_DURATION_EDGES_SECONDS), medianSeconds: null, frameCount: 0 }),
    what: 'event-frame durations',
  });
}
