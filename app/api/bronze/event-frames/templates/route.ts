/** GET /api/bronze/event-frames/templates: event frames per template with how many are in progress. */
import { eventFrameTemplateCounts } from '@/lib/bronze';
import { noParams } from '@/lib/client/schemas/bronze-params';
import type { FrameTemplatesResult } from '@/lib/client/schemas/bronze';
import { readBronze } from '../../read-bronze';

export const dynamic = 'force-dynamic';
export const runtime = 'nodejs';

export function GET(request: Request): Promise<Response> {
  return readBronze(
    request,
    noParams,
    async (store): Promise<FrameTemplatesResult> => ({ templates: await eventFrameTemplateCounts(store) }),
    'event-frame templates',
  );
}
