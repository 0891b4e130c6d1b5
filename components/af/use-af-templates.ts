'use client';

import { useQuery } from '@tanstack/react-query';
import { apiRoutes, getJson, queryKeys } from '@/lib/client';
import { afTemplatesResult } from '@/lib/api-contract';

/** `asset`: the AF database's source key. */
export function useAfTemplates(asset: number) {
  return useQuery({ queryKey: queryKeys.afTemplates(asset), queryFn: ({ signal }) => getJson(apiRoutes.afTemplates({ asset }), afTemplatesResult, { signal }) });
}
