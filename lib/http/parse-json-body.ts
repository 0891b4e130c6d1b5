/**
 * Reads a request body as JSON, within the body limit, and checks it with a schema: every
 * failure is a ready 4xx Response naming the body or the field (413 over the limit).
 */
import type { z } from 'zod';
import { err, ok, type Result } from '../result';
import { MAX_API_BODY_BYTES } from './body-limit';
import { errorResponse, invalidInputResponse } from './error-response';
import { readLimitedText, type BodyReadError } from './read-limited-body';

export interface ParseJsonBodyOptions {
  /** An empty (or all-whitespace) body is parsed as `undefined`, so the schema's default applies. */
  allowEmpty?: boolean;
  limitBytes?: number;
}

function bodyReadErrorResponse(error: BodyReadError): Response {
  if (error.kind === 'too_large') {
    return errorResponse({ code: 'payload_too_large', message: `body: larger than the limit of ${error.limitBytes} bytes` });
  }
  return errorResponse({ code: 'invalid_json', message: 'body: could not be read to its end' });
}

export async function parseJsonBody<S extends z.ZodType>(
  request: Request,
  schema: S,
  options: ParseJsonBodyOptions = {},
): Promise<Result<z.infer<S>, Response>> {
  const text = await readLimitedText(request, options.limitBytes ?? MAX_API_BODY_BYTES);
  if (!text.ok) return err(bodyReadErrorResponse(text.error));
  let raw: unknown;
  if (options.allowEmpty === true && text.value.trim() === '') {
    raw = undefined;
  } else {
    try {
      raw = JSON.parse(text.value);
    } catch {
      return err(errorResponse({ code: 'invalid_json', message: 'body: expected a JSON document' }));
    }
  }
  const parsed = schema.safeParse(raw);
  return parsed.success ? ok(parsed.data) : err(invalidInputResponse(parsed.error));
}
