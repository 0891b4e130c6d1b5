/** GET /api/bronze/event-frames/durations?template=: durations of ended frames, bucketed, with the median. */
import { eventFrameDurations } from '@/lib/bronze';
import { templateParams } from '@/lib/client/schemas/bronze-params';
import type { FrameDurationsResult } from '@/lib/client/schemas/bronze';
import { readBronze } from '../../read-bronze';

export const dynamic = 'force-dynamic';
export const runtime = 'nodejs';

export function GET(request: Request): Promise<Response> {
  return readBronze(
    request,
    templateParams,
    async (store, { template }): Promise<FrameDurationsResult> => {
      const { buckets, medianSeconds, frameCount } = await eventFrameDurations(store, { templateName: template });
      return { templateName: template ?? null, buckets, medianSeconds, frameCount };
    },
    'event-frame durations',
  );
}
