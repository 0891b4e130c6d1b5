'use client';

import { useCallback, useEffect, useReducer, useRef, useState } from 'react';
import { apiRoutes, ApiError, requestJson, readNdjson } from '@/lib/client';
import { liveEvent, startedLive, type LiveEvent, type StartLiveBody } from '@/lib/api-contract';
import { z } from 'zod';
import { IDLE_LIVE_STATE, liveReducer, startingState, type LiveState } from './live-state';

type Action = { kind: 'reset'; state: LiveState } | { kind: 'event'; event: LiveEvent };

function reduce(state: LiveState, action: Action): LiveState {
  return action.kind === 'reset' ? action.state : liveReducer(state, action.event);
}

const currentLive = z.object({ sessionId: z.string().nullable() });

/** Starts, follows and stops the server's live tail; re-attaches to one already going on mount. */
export function useLiveTail() {
  const [state, dispatch] = useReducer(reduce, IDLE_LIVE_STATE);
  const [requestError, setRequestError] = useState<string | null>(null);
  const follow = useRef<AbortController | null>(null);

  const attach = useCallback(async (sessionId: string) => {
    follow.current?.abort();
    const abort = new AbortController();
    follow.current = abort;
    dispatch({ kind: 'reset', state: startingState(sessionId) });
    let ended = false;
    try {
      for await (const event of readNdjson(apiRoutes.liveEvents(sessionId), liveEvent, { signal: abort.signal })) {
        dispatch({ kind: 'event', event });
        if (event.type === 'finished' || event.type === 'failed') ended = true;
      }
      // A stream that stops without its terminal event is an error, not an end (STYLE §7).
      if (!ended) dispatch({ kind: 'event', event: { type: 'failed', code: 'stream', message: 'The live events stopped before the tail ended.', atMs: Date.now() } });
    } catch (error) {
      if (abort.signal.aborted) return;
      dispatch({ kind: 'event', event: { type: 'failed', code: 'stream', message: error instanceof Error ? error.message : String(error), atMs: Date.now() } });
    }
  }, []);

  useEffect(() => {
    void requestJson(apiRoutes.live(), currentLive, { cache: 'no-store' })
      .then((current) => (current.sessionId ? attach(current.sessionId) : undefined))
      .catch((error: unknown) => setRequestError(`Could not ask whether a live tail is going: ${error instanceof Error ? error.message : String(error)}`));
    return () => follow.current?.abort();
  }, [attach]);

  const start = useCallback(
    async (body: StartLiveBody) => {
      setRequestError(null);
      try {
        const started = await requestJson(apiRoutes.live(), startedLive, { method: 'POST', body: JSON.stringify(body), headers: { 'content-type': 'application/json' } });
        void attach(started.sessionId);
      } catch (error) {
        setRequestError(error instanceof ApiError || error instanceof Error ? error.message : String(error));
      }
    },
    [attach],
  );

  const stop = useCallback(async () => {
    if (!state.sessionId) return;
    setRequestError(null);
    try {
      await requestJson(apiRoutes.liveSession(state.sessionId), z.object({ sessionId: z.string() }), { method: 'DELETE' });
    } catch (error) {
      setRequestError(error instanceof Error ? error.message : String(error));
    }
  }, [state.sessionId]);

  return { state, requestError, start, stop };
}
