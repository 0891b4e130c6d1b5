'use client';

import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { apiRoutes, getJson, queryKeys } from '@/lib/client';
import { frameDetailsResult } from '@/lib/api-contract';

export function useFrameDetails(asset: number, template: string | null, offset: number, limit: number) {
  return useQuery({
    queryKey: queryKeys.frameDetails(asset, template, offset, limit),
    queryFn: ({ signal }) => getJson(apiRoutes.frameDetails({ asset, template, offset, limit }), frameDetailsResult, { signal }),
    // The table keeps the current page on screen while the next one loads.
    placeholderData: keepPreviousData,
  });
}
