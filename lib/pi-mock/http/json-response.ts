import type { BufferedMockResponse } from './types';
import { parseSelectedFields, projectFields } from './selected-fields';
import type { QueryParams } from './query-params';

export const JSON_CONTENT_TYPE = 'application/json; charset=utf-8';

/** Serialises an object body, applying the request's selectedFields. */
export function jsonResponse(query: QueryParams, body: unknown, status = 200): BufferedMockResponse {
  const projected = projectFields(body, parseSelectedFields(query.get('selectedFields')));
  return rawJsonResponse(Buffer.from(JSON.stringify(projected), 'utf8'), status);
}

/** A body the handler already rendered (and projected) as JSON bytes. */
export function rawJsonResponse(body: Buffer, status = 200, headers: Record<string, string> = {}): BufferedMockResponse {
  return { status, headers: { 'Content-Type': JSON_CONTENT_TYPE, ...headers }, body };
}

/** PI's request-level error body `{"Errors":[...]}` (contract §1.3). */
export function piErrorResponse(status: number, messages: string[], headers: Record<string, string> = {}): BufferedMockResponse {
  return rawJsonResponse(Buffer.from(JSON.stringify({ Errors: messages }), 'utf8'), status, headers);
}
