'use client';

import { useMutation, useQueryClient } from '@tanstack/react-query';
import { mockStatus, type PutMockBody } from '@/app/api/mock/schema';
import { sendJson } from '@/lib/client/get-json';
import { queryKeys } from '@/lib/client/query-keys';

export function useSetTier() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (tier: PutMockBody['tier']) => sendJson('PUT', '/api/mock', { tier }, mockStatus),
    // A poll already in flight would otherwise land after the switch and show the old tier.
    onMutate: () => queryClient.cancelQueries({ queryKey: queryKeys.mockStatus() }),
    onSuccess: (status) => queryClient.setQueryData(queryKeys.mockStatus(), status),
  });
}
