'use client';

import { useQuery } from '@tanstack/react-query';
import { apiRoutes, getJson, queryKeys } from '@/lib/client';
import { frameDurationsResult } from '@/lib/api-contract';

/** `template` null: every template. */
export function useFrameDurations(asset: number, template: string | null) {
  return useQuery({
    queryKey: queryKeys.frameDurations(asset, template),
    queryFn: ({ signal }) => getJson(apiRoutes.frameDurations({ asset, template }), frameDurationsResult, { signal }),
  });
}
