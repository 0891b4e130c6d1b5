'use client';

import { useIsMutating, useMutation, useQueryClient } from '@tanstack/react-query';
import { mockStatus, type PutMockBody } from '@/lib/api-contract';
import { apiRoutes, sendJson, mutationKeys, queryKeys } from '@/lib/client';

export function useSetTier() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationKey: mutationKeys.setTier(),
    mutationFn: (tier: PutMockBody['tier']) => sendJson('PUT', apiRoutes.mock(), { tier }, mockStatus),
    // A poll already in flight would otherwise land after the switch and show the old tier.
    onMutate: () => queryClient.cancelQueries({ queryKey: queryKeys.mockStatus() }),
    onSuccess: (status) => queryClient.setQueryData(queryKeys.mockStatus(), status),
  });
}

/**
 * True while a tier switch is on its way. The picker shows the new tier at once, but the mock
 * serves the old one until the server answers: a run started in between would read the old tier.
 */
export function useTierSwitching(): boolean {
  return useIsMutating({ mutationKey: mutationKeys.setTier() }) > 0;
}
