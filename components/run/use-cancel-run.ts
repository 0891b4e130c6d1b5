'use client';

import { useMutation, useQueryClient } from '@tanstack/react-query';
import { z } from 'zod';
import { apiRoutes } from '@/lib/client/api-routes';
import { requestJson } from '@/lib/client/get-json';
import { queryKeys } from '@/lib/client/query-keys';

const cancelled = z.object({ runId: z.string() });

/** DELETE /api/runs/{id}: the run then ends with a `failed` event coded `cancelled`. */
export function useCancelRun() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (runId: string) => requestJson(apiRoutes.run(runId), cancelled, { method: 'DELETE' }),
    onSettled: () => queryClient.invalidateQueries({ queryKey: queryKeys.runs() }),
  });
}
