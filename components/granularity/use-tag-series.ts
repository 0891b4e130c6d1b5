'use client';

import { useQuery } from '@tanstack/react-query';
import { apiRoutes, getJson, queryKeys } from '@/lib/client';
import { tagSeriesResult } from '@/lib/api-contract';

/** Points drawn at most: a day at 10 s. Beyond it the chart says the series is cut. */
export const SERIES_POINT_LIMIT = 10_000;

export function useTagSeries(source: number, webId: string | null) {
  return useQuery({
    queryKey: queryKeys.bronzeSeries(source, webId ?? ''),
    queryFn: ({ signal }) => getJson(apiRoutes.bronzeTagSeries({ source, webId: webId ?? '', limit: SERIES_POINT_LIMIT }), tagSeriesResult, { signal }),
    enabled: webId !== null,
  });
}
