/**
 * A run's event stream (GET /api/runs/{id}/events), replayed from the first event then live.
 * Every stream ends with `finished` or `failed` (STYLE §7): one that just stops is an error the
 * page shows with a way to re-attach, never a run that silently looks stuck.
 */
import { runEvent, type RunEvent } from '../api-contract';
import { ApiError } from './api-error';
import { apiRoutes } from './api-routes';
import { readNdjson, type ReadNdjsonOptions } from './read-ndjson';

export const STREAM_ENDED_CODE = 'stream_ended';

export function isTerminalEvent(event: RunEvent): event is Extract<RunEvent, { type: 'finished' | 'failed' }> {
  return event.type === 'finished' || event.type === 'failed';
}

/** Yields the run's events up to and including the terminal one; throws ApiError when the stream ends before it. */
export async function* readRunEvents(runId: string, options: ReadNdjsonOptions = {}): AsyncGenerator<RunEvent, void, undefined> {
  const url = apiRoutes.runEvents(runId);
  for await (const event of readNdjson(url, runEvent, options)) {
    yield event;
    if (isTerminalEvent(event)) return;
  }
  throw new ApiError(200, STREAM_ENDED_CODE, `The progress stream of run ${runId} ended before the run finished or failed.`);
}
