/**
 * HTTP client for any PI Web API: one keep-alive undici Pool per origin (contract §9.3), the
 * headers PI expects (§10.3 rule 1), retries with jittered backoff (DESIGN §8) and typed
 * failures (STYLE §6). It knows nothing of the mock, so it works against a real server.
 */
import { guardedLookup } from './guarded-lookup';
import type { z } from 'zod';
import { err, ok, type Result } from '../../result';
import type { ConnectorError } from '../errors';
import { sleepMs } from './abortable-sleep';
import { authorizationHeader } from './auth';
import * as defaults from './defaults';
import { createMetrics, recordRetry } from './metrics';
import { parseJsonResponse } from './parse-json-response';
import { AbortFanout } from './abort-fanout';
import { linkSignals } from './linked-signal';
import { parseBaseUrlOrThrow, resolveTarget, type ClientBase, type Target } from './resolve-target';
import { backoffDelayMs } from './retry-policy';
import { sendOnce, type Exchange } from './send-once';
import { createTransport } from './transport';
import type { CallOptions, ClientMetrics, PiAuth, PiClientOptions, PiTransport, RawResponse, RetryPolicy } from './types';

function positiveOrThrow(name: string, value: number): number {
  if (!Number.isFinite(value) || value <= 0) throw new Error(`PiClient option ${name} must be a positive number, got ${value}`);
  return value;
}

export class PiClient {
  readonly metrics: ClientMetrics = createMetrics();
  /** The policy in force, for strategies that retry sub-requests themselves (batch). */
  readonly retryPolicy: Readonly<RetryPolicy>;
  private readonly base: ClientBase;
  private readonly pool: PiTransport;
  private readonly authMode: PiAuth['mode'];
  private readonly getHeaders: Record<string, string>;
  private readonly postHeaders: Record<string, string>;
  /** The run's signal: strategies end their own backoff sleeps with it. */
  readonly signal: AbortSignal | undefined;
  private readonly fanout: AbortFanout;

  constructor(options: PiClientOptions) {
    this.base = parseBaseUrlOrThrow(options.baseUrl);
    this.retryPolicy = { ...defaults.DEFAULT_RETRY_POLICY, ...options.retry };
    if (!Number.isInteger(this.retryPolicy.maxAttempts) || this.retryPolicy.maxAttempts < 1) {
      throw new Error(`PiClient retry.maxAttempts must be an integer >= 1, got ${this.retryPolicy.maxAttempts}`);
    }
    this.pool = createTransport(this.base.origin, options.auth, {
      connections: positiveOrThrow('connections', options.connections ?? defaults.DEFAULT_CONNECTIONS),
      // One request per connection: PI and proxies rarely pipeline well, and a slow stream would block the rest.
      pipelining: 1,
      connectTimeout: positiveOrThrow('connectTimeoutMs', options.connectTimeoutMs ?? defaults.DEFAULT_CONNECT_TIMEOUT_MS),
      headersTimeout: positiveOrThrow('headersTimeoutMs', options.headersTimeoutMs ?? defaults.DEFAULT_HEADERS_TIMEOUT_MS),
      bodyTimeout: positiveOrThrow('bodyTimeoutMs', options.bodyTimeoutMs ?? defaults.DEFAULT_BODY_TIMEOUT_MS),
      keepAliveTimeout: defaults.KEEP_ALIVE_TIMEOUT_MS,
      ...(options.tls !== undefined || options.refuseAddress !== undefined
        ? { connect: { ...options.tls, ...(options.refuseAddress ? { lookup: guardedLookup(options.refuseAddress) } : {}) } }
        : {}),
    });
    this.authMode = options.auth.mode;
    const authorization = authorizationHeader(options.auth);
    this.getHeaders = {
      accept: 'application/json',
      ...(options.gzip === false ? {} : { 'accept-encoding': 'gzip, deflate' }),
      'user-agent': options.userAgent ?? defaults.DEFAULT_USER_AGENT,
      ...(authorization !== undefined ? { authorization } : {}),
    };
    // Every non-GET carries X-Requested-With: PI's CSRF defense is on by default (contract §1.5).
    this.postHeaders = { ...this.getHeaders, 'content-type': 'application/json', 'x-requested-with': 'XMLHttpRequest' };
    this.signal = options.signal;
    this.fanout = new AbortFanout(options.signal);
  }

  /** The Web API root without a trailing slash (`https://host/piwebapi`): batch Resources are built on it. */
  get baseUrl(): string {
    return this.base.origin + this.base.basePath;
  }

  /** `pathOrUrl`: a path below baseUrl ('/dataservers') or an absolute URL from a Links object. */
  get(pathOrUrl: string, call?: CallOptions): Promise<Result<RawResponse, ConnectorError>> {
    return this.execute('GET', pathOrUrl, undefined, call);
  }

  /**
   * GET + JSON.parse + schema. A contract error (naming the URL) on invalid JSON or a mismatch;
   * an empty body (204) is parsed as `undefined`. For large value bodies prefer `get` and a
   * columnar decoder (DESIGN §9).
   */
  async getJson<T>(pathOrUrl: string, schema: z.ZodType<T>, call?: CallOptions): Promise<Result<T, ConnectorError>> {
    return this.parsed(await this.get(pathOrUrl, call), schema);
  }

  /**
   * POST a JSON body, with X-Requested-With for PI's CSRF defense (contract §1.5). Retried like a
   * GET: the connector only POSTs read-only batches. Do not use it for writes.
   */
  post(pathOrUrl: string, json: string, call?: CallOptions): Promise<Result<RawResponse, ConnectorError>> {
    return this.execute('POST', pathOrUrl, json, call);
  }

  async postJson<T>(pathOrUrl: string, json: string, schema: z.ZodType<T>, call?: CallOptions): Promise<Result<T, ConnectorError>> {
    return this.parsed(await this.post(pathOrUrl, json, call), schema);
  }

  /** Waits for in-flight requests, then closes the pooled connections. */
  async close(): Promise<void> {
    if (!this.pool.closed) await this.pool.close();
    this.fanout.dispose();
  }

  private parsed<T>(response: Result<RawResponse, ConnectorError>, schema: z.ZodType<T>): Result<T, ConnectorError> {
    if (!response.ok) return response;
    const value = parseJsonResponse(response.value, schema);
    if (!value.ok) this.metrics.failures += 1;
    return value;
  }

  private fail(error: ConnectorError): Result<never, ConnectorError> {
    this.metrics.failures += 1;
    return err(error);
  }

  private async execute(
    method: Exchange['method'],
    pathOrUrl: string,
    body: string | undefined,
    call: CallOptions | undefined,
  ): Promise<Result<RawResponse, ConnectorError>> {
    const target = resolveTarget(this.base, pathOrUrl);
    if (!target.ok) return this.fail(target.error);
    // Through the fan-out: one listener on the run's signal, not one per request in flight.
    const own = this.fanout.call();
    const linked = linkSignals(own.signal, call?.signal);
    try {
      return await this.attemptWithRetries(method, target.value, body, linked.signal);
    } finally {
      linked.dispose();
      own.release();
    }
  }

  private async attemptWithRetries(
    method: Exchange['method'],
    target: Target,
    body: string | undefined,
    signal: AbortSignal | undefined,
  ): Promise<Result<RawResponse, ConnectorError>> {
    const headers = method === 'GET' ? this.getHeaders : this.postHeaders;
    const exchange: Exchange = { method, target, headers, body, signal, authMode: this.authMode };
    for (let attempt = 1; ; attempt++) {
      if (signal?.aborted) return this.fail({ kind: 'aborted', url: target.url });
      this.metrics.requests += 1;
      const outcome = await sendOnce(this.pool, exchange, this.metrics);
      if (outcome.ok) return ok(outcome.response);
      const retry = outcome.retry;
      const maxAttempts = retry?.few ? Math.min(defaults.FEW_ATTEMPTS, this.retryPolicy.maxAttempts) : this.retryPolicy.maxAttempts;
      if (retry === undefined || attempt >= maxAttempts) return this.fail(outcome.error);
      recordRetry(this.metrics, retry.reason);
      const waitMs = backoffDelayMs(attempt, this.retryPolicy, retry.retryAfter);
      if (!(await sleepMs(waitMs, signal))) return this.fail({ kind: 'aborted', url: target.url });
    }
  }
}
