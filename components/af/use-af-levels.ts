'use client';

import { useQuery } from '@tanstack/react-query';
import { apiRoutes } from '@/lib/client/api-routes';
import { getJson } from '@/lib/client/get-json';
import { queryKeys } from '@/lib/client/query-keys';
import { afLevelsResult } from '@/lib/api-contract';

/** `asset`: the AF database's source key. */
export function useAfLevels(asset: number) {
  return useQuery({ queryKey: queryKeys.afLevels(asset), queryFn: ({ signal }) => getJson(apiRoutes.afLevels({ asset }), afLevelsResult, { signal }) });
}
