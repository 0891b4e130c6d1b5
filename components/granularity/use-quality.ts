'use client';

import { useQuery } from '@tanstack/react-query';
import { apiRoutes } from '@/lib/client/api-routes';
import { getJson } from '@/lib/client/get-json';
import { queryKeys } from '@/lib/client/query-keys';
import { qualityResult } from '@/lib/api-contract';

/** `webId` null: every tag of the source. */
export function useQuality(source: number, webId: string | null) {
  return useQuery({
    queryKey: queryKeys.bronzeQuality(source, webId),
    queryFn: ({ signal }) => getJson(apiRoutes.bronzeQuality({ source, webId }), qualityResult, { signal }),
  });
}
