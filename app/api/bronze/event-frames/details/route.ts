/** GET /api/bronze/event-frames/details?template=&limit=&offset=: one page of frames with attribute values, newest first. */
import { eventFrameDetails } from '@/lib/bronze';
import { frameDetailsParams } from '@/lib/client/schemas/bronze-params';
import type { FrameDetailsResult } from '@/lib/client/schemas/bronze';
import { readBronze } from '../../read-bronze';

export const dynamic = 'force-dynamic';
export const runtime = 'nodejs';

export function GET(request: Request): Promise<Response> {
  return readBronze(
    request,
    frameDetailsParams,
    async (store, { template, limit, offset }): Promise<FrameDetailsResult> => {
      const frames = await eventFrameDetails(store, { templateName: template, limit: limit + 1, offset });
      return { frames: frames.slice(0, limit), offset, limit, hasMore: frames.length > limit };
    },
    'event-frame details',
  );
}
