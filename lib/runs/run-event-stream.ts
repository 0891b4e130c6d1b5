/**
 * A run's events as NDJSON bytes: every event so far, then each new one, closing after the
 * terminal event. A reader that goes away (request aborted, stream cancelled) is unsubscribed
 * at once, so a closed tab costs the run nothing.
 */
import { ndjsonEventStream, ndjsonLine } from '../http';
import { isTerminal, type RunHandle } from './run-handle';
import type { RunEvent, RunHistoryItem } from '../api-contract';

export function runEventStream(handle: RunHandle, signal?: AbortSignal): ReadableStream<Uint8Array> {
  return ndjsonEventStream<RunEvent>((listener) => handle.subscribe(listener), isTerminal, signal);
}

/**
 * A run that ended before this process started (or was pruned from memory) has only its history
 * row: its stream is the one terminal event that row supports, so readers still see how it ended.
 */
export function storedRunEvents(item: RunHistoryItem): RunEvent[] {
  const atMs = item.finishedAtMs ?? item.startedAtMs;
  switch (item.status) {
    case 'finished':
      if (item.figures) return [{ type: 'finished', figures: item.figures, atMs }];
      return [{ type: 'failed', code: 'internal', message: `run ${item.runId} finished but its figures were not saved`, atMs }];
    case 'cancelled':
      return [{ type: 'failed', code: 'cancelled', message: 'The run was cancelled.', atMs }];
    case 'failed':
      return [{ type: 'failed', code: 'failed', message: `run ${item.runId} failed; its events are no longer kept (see GET /api/runs/${item.runId})`, atMs }];
    case 'running':
      return [{ type: 'failed', code: 'interrupted', message: `run ${item.runId} was interrupted: the server stopped while it was going`, atMs }];
  }
}

export function fixedEventStream(events: readonly RunEvent[]): ReadableStream<Uint8Array> {
  return new ReadableStream<Uint8Array>({
    start(controller) {
      for (const event of events) controller.enqueue(ndjsonLine(event));
      controller.close();
    },
  });
}
