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
}

export interface MockResponse {
  status: number;
  headers: Record<string, string>;
  /** Serialised JSON (or empty for 204). */
  body: Buffer;
}
