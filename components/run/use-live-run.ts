'use client';

import { useEffect, useRef } from 'react';
import { ApiError } from '@/lib/client';
import { runSettings, type RunSettingsInput } from '@/lib/api-contract';
import { useCancelRun } from './use-cancel-run';
import { useRunEvents } from './use-run-events';
import { useRunHistory } from './use-run-history';
import { useStartRun } from './use-start-run';

/** Our fetchers throw ApiError; anything else (a bug) is shown the same way rather than swallowed. */
function asApiError(error: Error | null): ApiError | null {
  if (error === null || error instanceof ApiError) return error;
  return new ApiError(0, 'client', error.message);
}

/** How often an idle Run page asks whether another screen started a run. */
const FOLLOW_POLL_MS = 4_000;

/**
 * Everything the Run page does with runs: start, cancel, and follow. On load it attaches to the
 * running run (else the newest, so its figures stay on screen after a reload), and later to any
 * run another screen starts.
 */
export function useLiveRun() {
  const events = useRunEvents();
  const history = useRunHistory({ idlePollMs: FOLLOW_POLL_MS });
  const start = useStartRun();
  const cancel = useCancelRun();
  const loaded = useRef(false);
  const { attach, attachedRunId, state } = events;

  useEffect(() => {
    const items = history.data?.items;
    if (!items) return;
    const running = items.find((item) => item.status === 'running');
    if (!loaded.current) {
      loaded.current = true;
      const first = running ?? items[0];
      if (first) attach(first.runId, first.settings, first.status);
      return;
    }
    // Another screen started a run: follow it (unless this page is starting one of its own).
    if (running && running.runId !== attachedRunId && state.phase !== 'starting') attach(running.runId, running.settings, running.status);
  }, [history.data, attach, attachedRunId, state.phase]);

  function run(input: RunSettingsInput): void {
    // Shown at once as "starting"; a body the server rejects still goes to it, so its 400 names the field.
    const parsed = runSettings.safeParse(input);
    if (parsed.success) events.begin(parsed.data);
    cancel.reset();
    start.mutate(input, {
      onSuccess: ({ runId }) => attach(runId, parsed.success ? parsed.data : null),
      onError: () => events.startFailed(),
    });
  }

  return {
    state,
    streamError: events.streamError,
    reattach: events.reattach,
    attach,
    /** Follows the run a refused start named; the refusal has then been dealt with. */
    follow: (runId: string) => {
      start.reset();
      attach(runId);
    },
    run,
    /** Whether the history has answered once: until then the page does not know what a reload should show. */
    historyLoaded: history.data !== undefined,
    startError: asApiError(start.error),
    isStarting: start.isPending,
    cancel: () => {
      start.reset();
      if (state.runId) cancel.mutate(state.runId);
    },
    cancelError: asApiError(cancel.error),
    isCancelling: cancel.isPending,
    historyError: history.error,
    retryHistory: () => void history.refetch(),
  };
}
