/** GET /api/bronze/af/levels: AF elements per hierarchy depth, shallowest first. */
import { afDepthCounts } from '@/lib/bronze';
import { noParams } from '@/lib/client/schemas/bronze-params';
import type { AfLevelsResult } from '@/lib/client/schemas/bronze';
import { readBronze } from '../../read-bronze';

export const dynamic = 'force-dynamic';
export const runtime = 'nodejs';

export function GET(request: Request): Promise<Response> {
  return readBronze(request, noParams, async (store): Promise<AfLevelsResult> => ({ levels: await afDepthCounts(store) }), 'AF levels');
}
