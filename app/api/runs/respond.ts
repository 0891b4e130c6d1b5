/** Error answers the run and connection routes share; codes and statuses stay in lib/http/error-response. */
import { errorResponse, internalErrorResponse } from '@/lib/http';
import { bronzeUnavailableBody } from '@/lib/runs';

/** A field the server rejected after the schema passed (window that does not resolve, no external server). */
export function fieldErrorResponse(field: string, message: string): Response {
  return errorResponse({ code: 'invalid_input', message: `${field}: ${message}`, details: { issues: [{ path: field, message }] } });
}

/** 503 when bronze cannot be opened (another process holds the file), else a bare 500. */
export function failureResponse(error: unknown, context: string): Response {
  const unavailable = bronzeUnavailableBody(error);
  return unavailable ? errorResponse(unavailable) : internalErrorResponse(error, context);
}

export function unknownRunResponse(runId: string): Response {
  return errorResponse({ code: 'not_found', message: `id: no run '${runId}' is known` });
}
