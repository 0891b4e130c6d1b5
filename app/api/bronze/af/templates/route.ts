/** GET /api/bronze/af/templates: AF elements per template, most common first (null: no template). */
import { afTemplateCounts } from '@/lib/bronze';
import { noParams } from '@/lib/client/schemas/bronze-params';
import type { AfTemplatesResult } from '@/lib/client/schemas/bronze';
import { readBronze } from '../../read-bronze';

export const dynamic = 'force-dynamic';
export const runtime = 'nodejs';

export function GET(request: Request): Promise<Response> {
  return readBronze(
    request,
    noParams,
    async (store): Promise<AfTemplatesResult> => ({ templates: await afTemplateCounts(store) }),
    'AF templates',
  );
}
