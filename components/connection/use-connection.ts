'use client';

import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { apiRoutes, getJson, requestJson, sendJson, queryKeys } from '@/lib/client';
import { connectionTestResult, connectionView, type ConnectionInput } from '@/lib/api-contract';

/** The external PI Web API as the server holds it: URL, auth mode, user, and only whether a secret is set. */
export function useConnection() {
  return useQuery({ queryKey: queryKeys.connection(), queryFn: ({ signal }) => getJson(apiRoutes.connection(), connectionView, { signal }) });
}

/** PUT /api/connection: secrets go to the server and never come back. */
export function useSaveConnection() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: ConnectionInput) => sendJson('PUT', apiRoutes.connection(), input, connectionView),
    onSuccess: (view) => queryClient.setQueryData(queryKeys.connection(), view),
  });
}

/** DELETE /api/connection: the server forgets the saved URL and secret. */
export function useForgetConnection() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => requestJson(apiRoutes.connection(), connectionView, { method: 'DELETE' }),
    onSuccess: (view) => queryClient.setQueryData(queryKeys.connection(), view),
  });
}

/** POST /api/connection/test: one real recorded read; a failed read is a result (`ok: false`), not an error. */
export function useTestConnection() {
  return useMutation({
    mutationFn: (target: 'embedded' | 'external') => sendJson('POST', apiRoutes.connectionTest(), { target }, connectionTestResult),
  });
}
