/**
 * Typed fetchers for our own API: a 2xx body is checked with the caller's schema, anything else
 * becomes an ApiError carrying the server's code and message (lib/api-contract/error-body.ts).
 */
import { z } from 'zod';
import { apiErrorBody } from '../api-contract';
import { ApiError } from './api-error';

/** The ApiError a non-2xx answer means: our error body's code and message, or `http` for anything else. */
export async function apiErrorFromResponse(response: Response): Promise<ApiError> {
  const text = await response.text();
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    raw = undefined;
  }
  const parsed = apiErrorBody.safeParse(raw);
  if (parsed.success) {
    const { code, message, details } = parsed.data.error;
    return new ApiError(response.status, code, message, details);
  }
  // Not our error body (a proxy, a crashed server): say what we know.
  return new ApiError(response.status, 'http', `${response.url || 'request'} answered ${response.status} ${response.statusText}`.trim());
}

/** fetch + status check + schema parse; throws ApiError. */
export async function requestJson<S extends z.ZodType>(url: string, schema: S, init?: RequestInit): Promise<z.infer<S>> {
  const headers = new Headers(init?.headers);
  if (!headers.has('accept')) headers.set('accept', 'application/json');
  let response: Response;
  try {
    response = await fetch(url, { ...init, headers });
  } catch (error) {
    // A cancelled query is not a failure to report: react-query drops the rejection it caused.
    if (init?.signal?.aborted) throw error;
    throw new ApiError(0, 'unreachable', `${url} could not be reached: ${error instanceof Error ? error.message : String(error)}`);
  }
  if (!response.ok) throw await apiErrorFromResponse(response);
  const body: unknown = await response.json().catch(() => undefined);
  // Cancelled while the body was read: the body is cut short, not off the contract.
  init?.signal?.throwIfAborted();
  const parsed = schema.safeParse(body);
  if (!parsed.success) {
    throw new ApiError(response.status, 'contract', `${url} answered an unexpected body:\n${z.prettifyError(parsed.error)}`);
  }
  return parsed.data;
}

export interface GetJsonOptions {
  /** react-query's `signal` from the query function's context: a cancelled query stops its fetch. */
  signal?: AbortSignal;
}

export function getJson<S extends z.ZodType>(url: string, schema: S, { signal }: GetJsonOptions = {}): Promise<z.infer<S>> {
  return requestJson(url, schema, { method: 'GET', signal });
}

/** PUT/POST/PATCH/DELETE with a JSON body. */
export function sendJson<S extends z.ZodType>(
  method: 'POST' | 'PUT' | 'PATCH' | 'DELETE',
  url: string,
  body: unknown,
  schema: S,
): Promise<z.infer<S>> {
  return requestJson(url, schema, { method, body: JSON.stringify(body), headers: { 'content-type': 'application/json' } });
}
