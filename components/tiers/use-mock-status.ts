'use client';

import { useQuery } from '@tanstack/react-query';
import { mockStatus } from '@/lib/api-contract';
import { apiRoutes } from '@/lib/client/api-routes';
import { getJson } from '@/lib/client/get-json';
import { queryKeys } from '@/lib/client/query-keys';

/** Polls so a second screen follows a tier switch made elsewhere. */
const STATUS_REFRESH_MS = 5_000;

export function useMockStatus() {
  return useQuery({
    queryKey: queryKeys.mockStatus(),
    queryFn: ({ signal }) => getJson(apiRoutes.mock(), mockStatus, { signal }),
    refetchInterval: STATUS_REFRESH_MS,
  });
}
