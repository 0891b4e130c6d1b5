/**
 * The one place that maps an error code to an HTTP status and writes the error body (STYLE §6).
 * Route handlers return these; a 500 says nothing about what went wrong inside.
 */
import type { z } from 'zod';
import type { ApiErrorBody, ApiErrorCode, InputIssue } from '../api-contract';

const STATUS_OF: Record<ApiErrorCode, number> = {
  invalid_input: 400,
  invalid_json: 400,
  forbidden: 403,
  not_found: 404,
  method_not_allowed: 405,
  conflict: 409,
  payload_too_large: 413,
  unsupported_media_type: 415,
  misdirected_request: 421,
  run_in_progress: 409,
  unavailable: 503,
  internal: 500,
};

export interface ApiErrorInit {
  code: ApiErrorCode;
  message: string;
  details?: unknown;
}

export function statusOf(code: ApiErrorCode): number {
  return STATUS_OF[code];
}

export function errorResponse(error: ApiErrorInit, headers?: HeadersInit): Response {
  const body: ApiErrorBody = { error: { code: error.code, message: error.message } };
  if (error.details !== undefined) body.error.details = error.details;
  return Response.json(body, { status: STATUS_OF[error.code], headers });
}

/** `tier: expected one of ...`; an issue on the input as a whole is named after `root` (e.g. `body`). */
export function describeIssues(error: z.ZodError, root = 'body'): InputIssue[] {
  return error.issues.map((issue) => ({
    path: issue.path.length > 0 ? issue.path.map(String).join('.') : root,
    message: issue.message,
  }));
}

/** A 400 whose message names every bad field, with the same list as `details.issues`. */
export function invalidInputResponse(error: z.ZodError, root = 'body'): Response {
  const issues = describeIssues(error, root);
  const message = issues.map((issue) => `${issue.path}: ${issue.message}`).join('; ');
  return errorResponse({ code: 'invalid_input', message, details: { issues } });
}

/** Logs the cause on the server and answers a bare 500: stack traces and paths stay out of the body. */
export function internalErrorResponse(cause: unknown, context: string): Response {
  console.error(`[api] ${context} failed:`, cause);
  return errorResponse({ code: 'internal', message: 'Internal error; see the server log.' });
}
