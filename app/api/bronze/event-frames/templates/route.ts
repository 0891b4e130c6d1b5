/** GET /api/bronze/event-frames/templates?asset=: an AF database's event frames per template with how many are in progress. */
import { eventFrameTemplateCounts } from '@/lib/bronze';
import { assetParams, type FrameTemplatesResult } from '@/lib/api-contract';
import { readBySource } from '../../read-by-source';

export const dynamic = 'force-dynamic';
export const runtime = 'nodejs';

export function GET(request: Request): Promise<Response> {
  return readBySource(request, {
    param: 'asset',
    params: assetParams,
    read: async (store, _input, assetKey): Promise<FrameTemplatesResult> => ({ templates: await eventFrameTemplateCounts(store, { assetKey }) }),
    empty: () => ({ templates: [] }),
    what: 'event-frame templates',
  });
}
