'use client';

import { useQuery } from '@tanstack/react-query';
import { apiRoutes, getJson, queryKeys } from '@/lib/client';
import { bronzeSourcesResult } from '@/lib/api-contract';

/** The PI servers and AF databases bronze holds; refetched with everything else when a run lands (queryKeys.bronze()). */
export function useBronzeSources() {
  return useQuery({ queryKey: queryKeys.bronzeSources(), queryFn: ({ signal }) => getJson(apiRoutes.bronzeSources(), bronzeSourcesResult, { signal }) });
}
