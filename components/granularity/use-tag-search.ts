'use client';

import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { apiRoutes, getJson, queryKeys } from '@/lib/client';
import { tagSearchResult } from '@/lib/api-contract';

/** A screenful: enough to pick from, few enough that 30,240 tags never travel at once. */
export const TAG_PAGE_SIZE = 20;

/** `source`: the PI data server's source key. */
export function useTagSearch(source: number, search: string) {
  return useQuery({
    queryKey: queryKeys.bronzeTags(source, search),
    queryFn: ({ signal }) => getJson(apiRoutes.bronzeTags({ source, search, limit: TAG_PAGE_SIZE }), tagSearchResult, { signal }),
    // The list keeps showing the last answer while the next one loads, so it does not flicker per keystroke.
    placeholderData: keepPreviousData,
  });
}
