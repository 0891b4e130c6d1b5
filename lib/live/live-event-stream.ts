/** A live session's events as NDJSON bytes: what is kept, then each new event, closing after the terminal one. */
import { ndjsonEventStream } from '../http';
import type { LiveEvent } from '../api-contract';
import type { LiveSession } from './live-session';

export function liveEventStream(session: LiveSession, signal?: AbortSignal): ReadableStream<Uint8Array> {
  return ndjsonEventStream<LiveEvent>((listener) => session.log.subscribe(listener), (e) => e.type === 'finished' || e.type === 'failed', signal);
}
