/** Adapts the mock's MockResponse to a web `Response` (the other half of to-mock-request.ts). */
import type { MockResponse } from '../pi-mock/http/types';

/** Statuses that must not carry a body (fetch throws if given one). */
const NULL_BODY_STATUSES = new Set([101, 204, 205, 304]);

export function toWebResponse(response: MockResponse, method = 'GET'): Response {
  const init = { status: response.status, headers: response.headers };
  if (method.toUpperCase() === 'HEAD' || NULL_BODY_STATUSES.has(response.status)) return new Response(null, init);
  // Copy into a fresh ArrayBuffer: a Buffer is typed over ArrayBufferLike, which BodyInit rejects.
  return new Response(new Uint8Array(response.body), init);
}
