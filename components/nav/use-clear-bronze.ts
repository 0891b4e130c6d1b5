'use client';

import { useMutation, useQueryClient } from '@tanstack/react-query';
import { clearedBronze } from '@/lib/api-contract';
import { apiRoutes, requestJson } from '@/lib/client';

/**
 * DELETE /api/bronze: empties bronze, the checkpoints and the run history. Every cached answer is
 * then stale (runs, bronze pages, sources, figures), so all of them are refetched.
 */
export function useClearBronze() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => requestJson(apiRoutes.bronze(), clearedBronze, { method: 'DELETE' }),
    // Not awaited: the dialog closes at once and each page shows its empty state as it refetches.
    onSuccess: () => void queryClient.invalidateQueries(),
  });
}
