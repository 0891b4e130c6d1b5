'use client';

import { useQuery } from '@tanstack/react-query';
import { mockStatus } from '@/lib/api-contract';
import { apiRoutes, getJson, queryKeys } from '@/lib/client';

/** Polls so a second screen follows a tier switch made elsewhere. */
const STATUS_REFRESH_MS = 5_000;

export function useMockStatus() {
  return useQuery({
    queryKey: queryKeys.mockStatus(),
    queryFn: ({ signal }) => getJson(apiRoutes.mock(), mockStatus, { signal }),
    refetchInterval: STATUS_REFRESH_MS,
  });
}
