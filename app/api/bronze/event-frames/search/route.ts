/** GET /api/bronze/event-frames/search?asset=: the AF database's last event-frame search (window, frames found, frames outside it). */
import { lastEventFrameSearch } from '@/lib/bronze';
import type { FrameSearchResult } from '@/lib/api-contract';
import { readByAsset } from '../../read-by-source';

export const dynamic = 'force-dynamic';
export const runtime = 'nodejs';

export function GET(request: Request): Promise<Response> {
  return readByAsset(request, 'the last event-frame search', async (store, assetKey): Promise<FrameSearchResult> => ({ search: await lastEventFrameSearch(store, { assetKey }) }), () => ({ search: null }));
}
