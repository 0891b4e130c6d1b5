/** Reading a MockResponse body whole, for callers that need the bytes at once (tests, benchmarks). */
import type { BodyChunks, MockResponse } from './types';

/** The body as one buffer; throws when it streams (for callers that only ever route single requests). */
export function bufferedBodyOrThrow(response: MockResponse): Buffer {
  if (Buffer.isBuffer(response.body)) return response.body;
  throw new Error(`expected a buffered response body (status ${response.status}), got a stream`);
}

/** Every chunk joined; a buffered body as it is. */
export async function collectBody(body: Buffer | BodyChunks): Promise<Buffer> {
  if (Buffer.isBuffer(body)) return body;
  const chunks: Buffer[] = [];
  for await (const chunk of body) chunks.push(Buffer.from(chunk));
  return Buffer.concat(chunks);
}
