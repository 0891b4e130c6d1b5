/**
 * One HTTP exchange: send, read the whole body (always, even on errors: an unread body holds its
 * pooled connection forever), decompress, and judge the outcome. Retrying is the caller's job;
 * this only says whether a retry could help and why.
 */
import type { ConnectorError } from '../errors';
import { offeredSchemes } from './auth';
import { decodeBody } from './decode-body';
import { classifyNetworkError, errorCodeOf } from './network-error';
import { NegotiateFailure } from './negotiate/negotiate-failure';
import { findWebException, piErrorsFrom } from './pi-error-body';
import type { Target } from './resolve-target';
import { classifyStatus } from './retry-policy';
import type { ClientMetrics, PiAuth, PiTransport, RawResponse } from './types';

export interface Exchange {
  method: 'GET' | 'POST';
  target: Target;
  headers: Record<string, string>;
  body?: string;
  signal?: AbortSignal;
  authMode: PiAuth['mode'];
}

/** Why a retry may help; `few` limits it to FEW_ATTEMPTS (e.g. connection refused). */
export interface RetryHint {
  reason: string;
  few: boolean;
  retryAfter?: string;
}

export type ExchangeOutcome =
  | { ok: true; response: RawResponse }
  | { ok: false; error: ConnectorError; retry?: RetryHint };

function flattenHeaders(headers: Record<string, string | string[] | undefined>): Record<string, string> {
  const flat: Record<string, string> = {};
  for (const [name, value] of Object.entries(headers)) {
    if (value !== undefined) flat[name.toLowerCase()] = Array.isArray(value) ? value.join(', ') : value;
  }
  return flat;
}

function thrownOutcome(thrown: unknown, exchange: Exchange): ExchangeOutcome {
  // Our own abort first: undici rejects with the signal's reason (a DOMException), not a coded error.
  if (exchange.signal?.aborted) return { ok: false, error: { kind: 'aborted', url: exchange.target.url } };
  // Kerberos failures are named, never retried: another try gets the same ticket and clock.
  if (thrown instanceof NegotiateFailure) return { ok: false, error: { kind: 'negotiate', ...thrown.info } };
  const code = errorCodeOf(thrown);
  const { error, retry } = classifyNetworkError(code, exchange.target.url);
  return retry === 'none' ? { ok: false, error } : { ok: false, error, retry: { reason: code, few: retry === 'few' } };
}

function unauthorizedMessage(piErrors: string[], wwwAuthenticate: string | undefined, authMode: PiAuth['mode']): string {
  const said = piErrors.length > 0 ? piErrors.join('; ') : 'no reason given';
  const schemes = offeredSchemes(wwwAuthenticate);
  const accepts = schemes.length > 0 ? `; server accepts ${schemes.join(', ')}` : '';
  return `${said} (sent ${authMode === 'none' ? 'no' : authMode} credentials${accepts})`;
}

/** Judges a status (HTTP or WebException) whose body is already read. */
function failureOutcome(
  exchange: Exchange,
  status: number,
  piErrors: string[],
  headers: Record<string, string>,
  reasonPrefix: 'status' | 'webexception',
): ExchangeOutcome {
  const url = exchange.target.url;
  const verdict = classifyStatus(status);
  if (verdict === 'unauthorized' && (status === 401 || exchange.method === 'GET')) {
    const message = unauthorizedMessage(piErrors, headers['www-authenticate'], exchange.authMode);
    return { ok: false, error: { kind: 'unauthorized', url, status: status === 401 ? 401 : 403, message } };
  }
  const error: ConnectorError = { kind: 'http', url, status, piErrors };
  if (verdict !== 'retry') return { ok: false, error };
  return { ok: false, error, retry: { reason: `${reasonPrefix}-${status}`, few: false, retryAfter: headers['retry-after'] } };
}

export async function sendOnce(dispatcher: Pick<PiTransport, 'request'>, exchange: Exchange, metrics: ClientMetrics): Promise<ExchangeOutcome> {
  const url = exchange.target.url;
  let wire: Buffer;
  let status: number;
  let headers: Record<string, string>;
  try {
    const response = await dispatcher.request({
      path: exchange.target.path,
      method: exchange.method,
      headers: exchange.headers,
      body: exchange.body,
      signal: exchange.signal,
    });
    status = response.statusCode;
    headers = flattenHeaders(response.headers);
    wire = Buffer.from(await response.body.arrayBuffer());
  } catch (thrown) {
    return thrownOutcome(thrown, exchange);
  }
  metrics.wireBytes += wire.length;

  const decoded = await decodeBody(wire, headers['content-encoding']);
  if (!decoded.ok) return { ok: false, error: { kind: 'contract', url, issues: decoded.error } };
  const body = decoded.value;
  metrics.bytes += body.length;

  if (classifyStatus(status) !== 'ok') {
    return failureOutcome(exchange, status, piErrorsFrom(body, headers['content-type']), headers, 'status');
  }
  const webException = findWebException(body);
  if (webException !== undefined) {
    // A 2xx body that failed mid-stream counts as its StatusCode (contract §1.3 item 2); a
    // nonsensical 2xx StatusCode there still means the body is incomplete, so treat it as 500.
    const effective = classifyStatus(webException.StatusCode) === 'ok' ? 500 : webException.StatusCode;
    return failureOutcome(exchange, effective, webException.Errors ?? [], headers, 'webexception');
  }
  return { ok: true, response: { url, status, headers, body } };
}
