'use client';

import { useQuery } from '@tanstack/react-query';
import { apiRoutes, getJson, queryKeys } from '@/lib/client';
import { intervalHistogramResult } from '@/lib/api-contract';

/** `webId` null: every tag of the source. `source` null: the one landed last (the route's default; the Summary page's figure). */
export function useIntervalHistogram(source: number | null, webId: string | null) {
  return useQuery({
    queryKey: queryKeys.bronzeIntervals(source, webId),
    queryFn: ({ signal }) => getJson(apiRoutes.bronzeIntervals({ source, webId }), intervalHistogramResult, { signal }),
  });
}
