'use client';

import { useQuery } from '@tanstack/react-query';
import { apiRoutes, getJson, queryKeys } from '@/lib/client';
import { afLevelsResult } from '@/lib/api-contract';

/** `asset`: the AF database's source key. */
export function useAfLevels(asset: number) {
  return useQuery({ queryKey: queryKeys.afLevels(asset), queryFn: ({ signal }) => getJson(apiRoutes.afLevels({ asset }), afLevelsResult, { signal }) });
}
