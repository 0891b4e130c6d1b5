/** GET /api/bronze/event-frames/search?asset=: the AF database's last event-frame search (window, frames found, frames outside it). */
import { lastEventFrameSearch } from '@/lib/bronze';
import { assetParams, type FrameSearchResult } from '@/lib/api-contract';
import { readBySource } from '../../read-by-source';

export const dynamic = 'force-dynamic';
export const runtime = 'nodejs';

export function GET(request: Request): Promise<Response> {
  return readBySource(request, {
    param: 'asset',
    params: assetParams,
    read: async (store, _input, assetKey): Promise<FrameSearchResult> => ({ search: await lastEventFrameSearch(store, { assetKey }) }),
    empty: () => ({ search: null }),
    what: 'the last event-frame search',
  });
}
