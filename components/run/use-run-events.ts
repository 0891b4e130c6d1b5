'use client';

import { useQueryClient } from '@tanstack/react-query';
import { useCallback, useEffect, useReducer, useState } from 'react';
import { ApiError, queryKeys, isTerminalEvent, readRunEvents, initialRunState, runStateReducer } from '@/lib/client';
import type { RunHistoryItem, RunSettings } from '@/lib/api-contract';

interface Attachment {
  runId: string;
  /** Bumped by every attach, so re-attaching to the same run opens a fresh stream. */
  nonce: number;
}

/**
 * Follows one run's NDJSON events into the Run page state. Attaching (again) resets the state
 * and replays the stream from its first event; a stream that breaks off leaves the last state on
 * screen with `streamError` set, and `reattach` picks the run up again.
 */
export function useRunEvents() {
  const queryClient = useQueryClient();
  const [state, dispatch] = useReducer(runStateReducer, initialRunState);
  const [attachment, setAttachment] = useState<Attachment | null>(null);
  const [streamError, setStreamError] = useState<ApiError | null>(null);

  const attach = useCallback((runId: string, settings: RunSettings | null = null, status?: RunHistoryItem['status']) => {
    dispatch({ kind: 'attach', runId, settings, ...(status === undefined ? {} : { status }) });
    setStreamError(null);
    setAttachment((previous) => ({ runId, nonce: (previous?.nonce ?? 0) + 1 }));
  }, []);

  const begin = useCallback((settings: RunSettings) => {
    setStreamError(null);
    setAttachment(null);
    dispatch({ kind: 'start', settings });
  }, []);

  const startFailed = useCallback(() => dispatch({ kind: 'start-failed' }), []);

  useEffect(() => {
    if (!attachment) return;
    const abort = new AbortController();
    void (async () => {
      try {
        for await (const event of readRunEvents(attachment.runId, { signal: abort.signal })) {
          dispatch({ kind: 'event', event });
          if (isTerminalEvent(event)) {
            // The run has landed new rows and left a history row: every page reading them refreshes.
            void queryClient.invalidateQueries({ queryKey: queryKeys.runs() });
            void queryClient.invalidateQueries({ queryKey: queryKeys.bronze() });
            void queryClient.invalidateQueries({ queryKey: queryKeys.mockStatus() });
          }
        }
      } catch (error) {
        if (abort.signal.aborted) return;
        setStreamError(error instanceof ApiError ? error : new ApiError(0, 'unreachable', error instanceof Error ? error.message : String(error)));
      }
    })();
    return () => abort.abort();
  }, [attachment, queryClient]);

  const reattach = useCallback(() => {
    if (attachment) attach(attachment.runId, state.settings);
  }, [attach, attachment, state.settings]);

  return { state, streamError, attachedRunId: attachment?.runId ?? null, attach, begin, startFailed, reattach };
}
