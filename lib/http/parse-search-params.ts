/**
 * Checks a request's query string with a zod object schema: the failure is a ready 400 Response
 * naming the parameter (`limit: at most 200`). A repeated parameter counts once (its first value),
 * and an empty one (`?template=`) counts as absent, which is what a cleared form field sends.
 */
import type { z } from 'zod';
import { err, ok, type Result } from '../result';
import { invalidInputResponse } from './error-response';

export function searchParamsRecord(params: URLSearchParams): Record<string, string> {
  const record: Record<string, string> = {};
  for (const [key, value] of params) {
    if (key in record || value === '') continue;
    record[key] = value;
  }
  return record;
}

export function parseSearchParams<S extends z.ZodType>(
  request: Request | URL | string,
  schema: S,
): Result<z.infer<S>, Response> {
  const url = request instanceof Request ? new URL(request.url) : new URL(request, 'http://localhost');
  const parsed = schema.safeParse(searchParamsRecord(url.searchParams));
  return parsed.success ? ok(parsed.data) : err(invalidInputResponse(parsed.error, 'query'));
}
