'use client';

import { useQuery } from '@tanstack/react-query';
import { apiRoutes, getJson, queryKeys } from '@/lib/client';
import { qualityResult } from '@/lib/api-contract';

/** `webId` null: every tag of the source. */
export function useQuality(source: number, webId: string | null) {
  return useQuery({
    queryKey: queryKeys.bronzeQuality(source, webId),
    queryFn: ({ signal }) => getJson(apiRoutes.bronzeQuality({ source, webId }), qualityResult, { signal }),
  });
}
