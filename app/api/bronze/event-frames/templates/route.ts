/** GET /api/bronze/event-frames/templates?asset=: an AF database's event frames per template with how many are in progress. */
import { eventFrameTemplateCounts } from '@/lib/bronze';
import type { FrameTemplatesResult } from '@/lib/api-contract';
import { readByAsset } from '../../read-by-source';

export const dynamic = 'force-dynamic';
export const runtime = 'nodejs';

export function GET(request: Request): Promise<Response> {
  return readByAsset(request, 'event-frame templates', async (store, assetKey): Promise<FrameTemplatesResult> => ({ templates: await eventFrameTemplateCounts(store, { assetKey }) }), () => ({ templates: [] }));
}
