'use client';

import { useQuery } from '@tanstack/react-query';
import { bronzeUrl } from '@/lib/client/bronze-url';
import { getJson } from '@/lib/client/get-json';
import { queryKeys } from '@/lib/client/query-keys';
import { qualityResult } from '@/lib/client/schemas/bronze';

/** `webId` null: every tag of the source. */
export function useQuality(source: number, webId: string | null) {
  return useQuery({
    queryKey: queryKeys.bronzeQuality(source, webId),
    queryFn: () => getJson(bronzeUrl('quality', { source, webId }), qualityResult),
  });
}
