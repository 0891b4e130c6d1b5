'use client';

import { useQuery } from '@tanstack/react-query';
import { apiRoutes, getJson, queryKeys } from '@/lib/client';
import { frameSearchResult } from '@/lib/api-contract';

/** The AF database's last event-frame search: the window the page's frames come from. */
export function useFrameSearch(asset: number) {
  return useQuery({
    queryKey: queryKeys.frameSearch(asset),
    queryFn: ({ signal }) => getJson(apiRoutes.frameSearch({ asset }), frameSearchResult, { signal }),
  });
}
