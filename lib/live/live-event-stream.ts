/** A live session's events as NDJSON bytes: what is kept, then each new event, closing after the terminal one. */
import type { LiveEvent } from '../client/schemas/live';
import type { LiveSession } from './live-session';

const encoder = new TextEncoder();

export function liveEventStream(session: LiveSession, signal?: AbortSignal): ReadableStream<Uint8Array> {
  let unsubscribe: () => void = () => {};
  let closed = false;
  return new ReadableStream<Uint8Array>({
    start(controller) {
      const stop = () => {
        if (closed) return;
        closed = true;
        unsubscribe();
        controller.close();
      };
      unsubscribe = session.log.subscribe((event: LiveEvent) => {
        if (closed) return;
        controller.enqueue(encoder.encode(`${JSON.stringify(event)}\n`));
        if (event.type === 'finished' || event.type === 'failed') queueMicrotask(stop);
      });
      if (signal?.aborted) stop();
      else signal?.addEventListener('abort', stop, { once: true });
    },
    cancel() {
      closed = true;
      unsubscribe();
    },
  });
}
