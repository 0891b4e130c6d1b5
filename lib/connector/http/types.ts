/** Public option, policy and response shapes of the PI HTTP client. */
import type { Dispatcher } from 'undici';

export type PiAuth =
  | { mode: 'none' }
  | { mode: 'basic'; user: string; password: string }
  | { mode: 'bearer'; token: string }
  /**
   * Kerberos through SPNEGO (http/negotiate): tickets from KRB5CCNAME or a client keytab. `spn`
   * overrides HTTP@<host of the URL>; `principal` picks the client; `keytab` is a client keytab
   * path (the dashboard's form; the CLI leaves KRB5_CLIENT_KTNAME to the environment).
   */
  | { mode: 'negotiate'; spn?: string; principal?: string; keytab?: string };

/** What the client sends through (transport.ts picks one); here so the Negotiate dispatcher can implement it without importing its factory. */
export interface PiTransport {
  request(options: Dispatcher.RequestOptions): Promise<Dispatcher.ResponseData>;
  close(): Promise<void>;
  readonly closed: boolean;
}

export interface RetryPolicy {
  /** Total attempts per call, the first included (>= 1). */
  maxAttempts: number;
  /** Cap of the first backoff; doubles per retry up to maxDelayMs. */
  baseDelayMs: number;
  maxDelayMs: number;
  /** Cap on an honoured Retry-After. */
  maxRetryAfterMs: number;
}

export interface PiClientOptions {
  /** The Web API root, e.g. `https://host/piwebapi`; must not carry credentials. */
  baseUrl: string;
  auth: PiAuth;
  /** Requests in flight (pooled keep-alive connections); default 8. */
  connections?: number;
  connectTimeoutMs?: number;
  headersTimeoutMs?: number;
  /** Longest silence between body chunks. */
  bodyTimeoutMs?: number;
  retry?: Partial<RetryPolicy>;
  /** Cancels every in-flight request and backoff sleep of this client (e.g. the run's signal). */
  signal?: AbortSignal;
  userAgent?: string;
  /**
   * Ask for gzip (default true): PI Web API behind IIS compresses when asked, and synthetic or
   * real value JSON shrinks 10-20x, which is what matters on a WAN. False sends no Accept-Encoding,
   * so the server answers identity (to measure what compression saves).
   */
  gzip?: boolean;
  /** For https servers with an internal CA (most PI installs): PEM of the CA to trust. */
  tls?: { ca?: string; rejectUnauthorized?: boolean };
  /**
   * Addresses the sockets must never reach, checked on every DNS answer they use (the dashboard
   * refuses link-local and metadata addresses; the CLI sets none).
   */
  refuseAddress?: (address: string) => string | null;
}

/** Per-call options. */
export interface CallOptions {
  /** Cancels this call only; combined with the client's signal. */
  signal?: AbortSignal;
}

export interface RawResponse {
  /** Origin + path + query as sent. */
  url: string;
  status: number;
  /** Lower-case names as received (content-encoding included); repeated headers joined with ', '. */
  headers: Record<string, string>;
  /** Decompressed body. */
  body: Buffer;
}

export interface ClientMetrics {
  /** HTTP exchanges attempted, retries included. */
  requests: number;
  /** Response body bytes after decompression (what the parser reads). */
  bytes: number;
  /** Response body bytes as received: compressed when the server compressed (headers not counted). */
  wireBytes: number;
  retries: number;
  /** e.g. `status-503`, `ECONNRESET`, `UND_ERR_HEADERS_TIMEOUT`, `webexception-500`. */
  retriesByReason: Record<string, number>;
  /** Calls that ended in an error result (after their retries). */
  failures: number;
}
