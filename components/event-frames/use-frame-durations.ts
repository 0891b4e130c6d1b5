'use client';

import { useQuery } from '@tanstack/react-query';
import { bronzeUrl } from '@/lib/client/bronze-url';
import { getJson } from '@/lib/client/get-json';
import { queryKeys } from '@/lib/client/query-keys';
import { frameDurationsResult } from '@/lib/client/schemas/bronze';

/** `template` null: every template. */
export function useFrameDurations(asset: number, template: string | null) {
  return useQuery({
    queryKey: queryKeys.frameDurations(asset, template),
    queryFn: () => getJson(bronzeUrl('event-frames/durations', { asset, template }), frameDurationsResult),
  });
}
