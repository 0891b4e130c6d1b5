'use client';

import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRoutes, sendJson, queryKeys } from '@/lib/client';
import { startRunResponse, type RunSettingsInput } from '@/lib/api-contract';

/** POST /api/runs: 202 with the run id; a 400 names the field, a 409 names the run already going. */
export function useStartRun() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (settings: RunSettingsInput) => sendJson('POST', apiRoutes.runs(), settings, startRunResponse),
    onSettled: () => queryClient.invalidateQueries({ queryKey: queryKeys.runs() }),
  });
}
