/** GET /api/bronze/event-frames/details?asset=&template=&limit=&offset=: one page of an AF database's frames with attribute values, newest first. */
import { eventFrameDetails } from '@/lib/bronze';
import { frameDetailsParams, type FrameDetailsResult } from '@/lib/api-contract';
import { readBySource } from '../../read-by-source';

export const dynamic = 'force-dynamic';
export const runtime = 'nodejs';

export function GET(request: Request): Promise<Response> {
  return readBySource(request, {
    param: 'asset',
    params: frameDetailsParams,
    read: async (store, { template, limit, offset }, assetKey): Promise<FrameDetailsResult> => {
      const frames = await eventFrameDetails(store, { assetKey, templateName: template, limit: limit + 1, offset });
      return { frames: frames.slice(0, limit), offset, limit, hasMore: frames.length > limit };
    },
    empty: ({ offset, limit }) => ({ frames: [], offset, limit, hasMore: false }),
    what: 'event-frame details',
  });
}
