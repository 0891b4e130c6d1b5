/** Reads a request body as JSON and checks it with a schema: the failure is a ready 400 Response. */
import type { z } from 'zod';
import { err, ok, type Result } from '../result';
import { errorResponse, invalidInputResponse } from './error-response';

export async function parseJsonBody<S extends z.ZodType>(
  request: Request,
  schema: S,
): Promise<Result<z.infer<S>, Response>> {
  let raw: unknown;
  try {
    raw = JSON.parse(await request.text());
  } catch {
    return err(errorResponse({ code: 'invalid_json', message: 'body: expected a JSON document' }));
  }
  const parsed = schema.safeParse(raw);
  return parsed.success ? ok(parsed.data) : err(invalidInputResponse(parsed.error));
}
