/**
 * Events from a subscription as NDJSON bytes: what the source replays on subscribe, then each new
 * event, closing after the terminal one. A reader that goes away (request aborted, stream
 * cancelled) is unsubscribed at once, so a closed tab costs the producer nothing. The close after
 * a terminal event waits a microtask: a source that replays synchronously inside `subscribe` has
 * not yet handed back its unsubscribe function.
 */
const encoder = new TextEncoder();

export function ndjsonLine(event: unknown): Uint8Array {
  return encoder.encode(`${JSON.stringify(event)}\n`);
}

export function ndjsonEventStream<E>(subscribe: (listener: (event: E) => void) => () => void, isTerminal: (event: E) => boolean, signal?: AbortSignal): ReadableStream<Uint8Array> {
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
      unsubscribe = subscribe((event) => {
        if (closed) return;
        controller.enqueue(ndjsonLine(event));
        if (isTerminal(event)) queueMicrotask(stop);
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
