'use client';

import { useQuery } from '@tanstack/react-query';
import { bronzeUrl } from '@/lib/client/bronze-url';
import { getJson } from '@/lib/client/get-json';
import { queryKeys } from '@/lib/client/query-keys';
import { afLevelsResult } from '@/lib/client/schemas/bronze';

export function useAfLevels() {
  return useQuery({ queryKey: queryKeys.afLevels(), queryFn: () => getJson(bronzeUrl('af/levels'), afLevelsResult) });
}
