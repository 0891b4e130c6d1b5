'use client';

import { useQuery } from '@tanstack/react-query';
import { apiRoutes } from '@/lib/client/api-routes';
import { getJson } from '@/lib/client/get-json';
import { queryKeys } from '@/lib/client/query-keys';
import { frameTemplatesResult } from '@/lib/api-contract';

/** `asset`: the AF database's source key. */
export function useFrameTemplates(asset: number) {
  return useQuery({
    queryKey: queryKeys.frameTemplates(asset),
    queryFn: ({ signal }) => getJson(apiRoutes.frameTemplates({ asset }), frameTemplatesResult, { signal }),
  });
}
