/** GET /api/bronze/tags?search=&limit=: tags whose name contains the text, A-Z; never the whole list. */
import { searchTags } from '@/lib/bronze';
import { tagSearchParams } from '@/lib/client/schemas/bronze-params';
import type { TagSearchResult } from '@/lib/client/schemas/bronze';
import { readBronze } from '../read-bronze';

export const dynamic = 'force-dynamic';
export const runtime = 'nodejs';

export function GET(request: Request): Promise<Response> {
  return readBronze(
    request,
    tagSearchParams,
    async (store, { search, limit }): Promise<TagSearchResult> => {
      // One extra row says whether more match, without counting all 30,240.
      const found = await searchTags(store, { text: search, limit: limit + 1 });
      return {
        tags: found.slice(0, limit).map(({ webId, name, units, rowCount }) => ({ webId, name, units, rowCount })),
        more: found.length > limit,
      };
    },
    'tags',
  );
}
