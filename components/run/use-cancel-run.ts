'use client';

import { useMutation, useQueryClient } from '@tanstack/react-query';
import { z } from 'zod';
import { apiRoutes, requestJson, queryKeys } from '@/lib/client';

const cancelled = z.object({ runId: z.string() });

/** DELETE /api/runs/{id}: the run then ends with a `failed` event coded `cancelled`. */
export function useCancelRun() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (runId: string) => requestJson(apiRoutes.run(runId), cancelled, { method: 'DELETE' }),
    onSettled: () => queryClient.invalidateQueries({ queryKey: queryKeys.runs() }),
  });
}
