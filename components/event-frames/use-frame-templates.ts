'use client';

import { useQuery } from '@tanstack/react-query';
import { bronzeUrl } from '@/lib/client/bronze-url';
import { getJson } from '@/lib/client/get-json';
import { queryKeys } from '@/lib/client/query-keys';
import { frameTemplatesResult } from '@/lib/client/schemas/bronze';

export function useFrameTemplates() {
  return useQuery({ queryKey: queryKeys.frameTemplates(), queryFn: () => getJson(bronzeUrl('event-frames/templates'), frameTemplatesResult) });
}
