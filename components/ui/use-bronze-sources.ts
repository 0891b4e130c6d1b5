'use client';

import { useQuery } from '@tanstack/react-query';
import { apiRoutes } from '@/lib/client/api-routes';
import { getJson } from '@/lib/client/get-json';
import { queryKeys } from '@/lib/client/query-keys';
import { bronzeSourcesResult } from '@/lib/api-contract';

/** The PI servers and AF databases bronze holds; refetched with everything else when a run lands (queryKeys.bronze()). */
export function useBronzeSources() {
  return useQuery({ queryKey: queryKeys.bronzeSources(), queryFn: ({ signal }) => getJson(apiRoutes.bronzeSources(), bronzeSourcesResult, { signal }) });
}
