/** Adapts the mock's MockResponse to a web `Response` (the other half of to-mock-request.ts). */
import type { BodyChunks, MockResponse } from '@/lib/pi-mock';

/** Statuses that must not carry a body (fetch throws if given one). */
const NULL_BODY_STATUSES = new Set([101, 204, 205, 304]);

/**
 * A pull stream: the next chunk is rendered only when the consumer asks for it, so a slow client
 * holds a streamed batch answer to one chunk in memory; a client that leaves cancels the rendering.
 */
function pullStream(chunks: BodyChunks): ReadableStream<Uint8Array<ArrayBuffer>> {
  const it = chunks[Symbol.asyncIterator]();
  return new ReadableStream(
    {
      async pull(controller) {
        const next = await it.next();
        // Copied into a fresh ArrayBuffer: a Buffer is typed over ArrayBufferLike, which BodyInit rejects.
        if (next.done) controller.close();
        else controller.enqueue(new Uint8Array(next.value));
      },
      async cancel() {
        await it.return?.();
      },
    },
    { highWaterMark: 0 },
  );
}

export function toWebResponse(response: MockResponse, method = 'GET'): Response {
  const init = { status: response.status, headers: response.headers };
  const { body } = response;
  // A stream not pulled renders nothing: dropping it is enough.
  if (method.toUpperCase() === 'HEAD' || NULL_BODY_STATUSES.has(response.status)) return new Response(null, init);
  if (!Buffer.isBuffer(body)) return new Response(pullStream(body), init);
  return new Response(new Uint8Array(body), init);
}
