/** GET /api/bronze/tags?source=&search=&limit=: one data source's tags whose name contains the text, A-Z; never the whole list. */
import { searchTags } from '@/lib/bronze';
import { tagSearchParams, type TagSearchResult } from '@/lib/api-contract';
import { readBySource } from '../read-by-source';

export const dynamic = 'force-dynamic';
export const runtime = 'nodejs';

export function GET(request: Request): Promise<Response> {
  return readBySource(request, {
    param: 'source',
    params: tagSearchParams,
    read: async (store, { search, limit }, sourceKey): Promise<TagSearchResult> => {
      // One extra row says whether more match, without counting all 30,240.
      const found = await searchTags(store, { sourceKey, text: search, limit: limit + 1 });
      return {
        tags: found.slice(0, limit).map(({ webId, name, units, rowCount }) => ({ webId, name, units, rowCount })),
        more: found.length > limit,
      };
    },
    empty: () => ({ tags: [], more: false }),
    what: 'tags',
  });
}
