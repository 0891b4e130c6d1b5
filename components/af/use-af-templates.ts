'use client';

import { useQuery } from '@tanstack/react-query';
import { bronzeUrl } from '@/lib/client/bronze-url';
import { getJson } from '@/lib/client/get-json';
import { queryKeys } from '@/lib/client/query-keys';
import { afTemplatesResult } from '@/lib/client/schemas/bronze';

/** `asset`: the AF database's source key. */
export function useAfTemplates(asset: number) {
  return useQuery({ queryKey: queryKeys.afTemplates(asset), queryFn: () => getJson(bronzeUrl('af/templates', { asset }), afTemplatesResult) });
}
