'use client';

import { useQuery } from '@tanstack/react-query';
import { bronzeUrl } from '@/lib/client/bronze-url';
import { getJson } from '@/lib/client/get-json';
import { queryKeys } from '@/lib/client/query-keys';
import { intervalHistogramResult } from '@/lib/client/schemas/bronze';

/** `webId` null: every tag in bronze. */
export function useIntervalHistogram(webId: string | null) {
  return useQuery({
    queryKey: queryKeys.bronzeIntervals(webId),
    queryFn: () => getJson(bronzeUrl('intervals', { webId }), intervalHistogramResult),
  });
}
