'use client';

import { useQuery } from '@tanstack/react-query';
import { apiRoutes, getJson, queryKeys } from '@/lib/client';
import { frameTemplatesResult } from '@/lib/api-contract';

/** `asset`: the AF database's source key. */
export function useFrameTemplates(asset: number) {
  return useQuery({
    queryKey: queryKeys.frameTemplates(asset),
    queryFn: ({ signal }) => getJson(apiRoutes.frameTemplates({ asset }), frameTemplatesResult, { signal }),
  });
}
