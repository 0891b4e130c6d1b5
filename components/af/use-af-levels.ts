'use client';

import { useQuery } from '@tanstack/react-query';
import { bronzeUrl } from '@/lib/client/bronze-url';
import { getJson } from '@/lib/client/get-json';
import { queryKeys } from '@/lib/client/query-keys';
import { afLevelsResult } from '@/lib/client/schemas/bronze';

/** `asset`: the AF database's source key. */
export function useAfLevels(asset: number) {
  return useQuery({ queryKey: queryKeys.afLevels(asset), queryFn: () => getJson(bronzeUrl('af/levels', { asset }), afLevelsResult) });
}
