'use client';

import { useQuery } from '@tanstack/react-query';
import { apiRoutes, getJson, queryKeys } from '@/lib/client';
import { runHistoryResponse } from '@/lib/api-contract';

/** While a run is going the list changes when it ends. */
const RUNNING_REFRESH_MS = 2_000;

interface RunHistoryOptions {
  /** Poll even when no run is going (the Run page, to follow a run started on another screen). */
  idlePollMs?: number;
}

/** Past runs, newest first, a running one included (GET /api/runs). */
export function useRunHistory({ idlePollMs }: RunHistoryOptions = {}) {
  return useQuery({
    queryKey: queryKeys.runs(),
    queryFn: ({ signal }) => getJson(apiRoutes.runs(), runHistoryResponse, { signal }),
    refetchInterval: (query) =>
      query.state.data?.items.some((item) => item.status === 'running') ? RUNNING_REFRESH_MS : (idlePollMs ?? false),
  });
}
