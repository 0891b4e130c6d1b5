'use client';

import { useQuery } from '@tanstack/react-query';
import { bronzeUrl } from '@/lib/client/bronze-url';
import { getJson } from '@/lib/client/get-json';
import { queryKeys } from '@/lib/client/query-keys';
import { afTemplatesResult } from '@/lib/client/schemas/bronze';

export function useAfTemplates() {
  return useQuery({ queryKey: queryKeys.afTemplates(), queryFn: () => getJson(bronzeUrl('af/templates'), afTemplatesResult) });
}
