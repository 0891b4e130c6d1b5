/** The mock's transport-neutral request/response: node:http, Next's route handler and batch all adapt to these. */
import type { QueryParams } from './query-params';

export interface MockRequest {
  /** Upper-case HTTP method. */
  method: string;
  /** Path below `/piwebapi`, starting with `/` (`/` for the root), percent-decoded per segment. */
  path: string;
  query: QueryParams;
  /** Header names lower-cased. */
  headers: Readonly<Record<string, string | undefined>>;
  body: Buffer | null;
  /** Absolute URL of `/piwebapi` as this client addressed it; every link in a body starts with it. */
  baseUrl: string;
  /** The Kerberos principal the listener authenticated this request's connection as (auth negotiate). */
  principal?: string;
}

/**
 * A body produced while it is sent: each chunk is rendered when the transport asks for the next,
 * so the transport's backpressure bounds memory (a batch answer, sub-response by sub-response).
 * Read it once; `return()` on the iterator stops the rendering (client gone).
 */
export type BodyChunks = AsyncIterable<Buffer>;

export interface MockResponse {
  status: number;
  headers: Record<string, string>;
  /** Serialised JSON (or empty for 204); streamed chunks for a batch answer. */
  body: Buffer | BodyChunks;
}

/** A response rendered whole (every handler's but the batch controller's 207). */
export interface BufferedMockResponse extends MockResponse {
  body: Buffer;
}
