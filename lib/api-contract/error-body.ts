/**
 * The body of every error the dashboard API answers: `{ error: { code, message, details? } }`.
 * A pure schema, shared by the server (lib/http/error-response.ts) and the browser (lib/client/get-json.ts).
 */
import { z } from 'zod';

export const API_ERROR_CODES = [
  'invalid_input',
  'invalid_json',
  /** Another origin, `Origin: null` or a cross-site fetch on a state-changing route (DESIGN §8). */
  'forbidden',
  'not_found',
  'method_not_allowed',
  'conflict',
  /** The body is larger than the route's limit (lib/http/body-limit.ts). */
  'payload_too_large',
  /** A state-changing route was sent something other than application/json. */
  'unsupported_media_type',
  /** A Host this server does not answer to: the trace of DNS rebinding. */
  'misdirected_request',
  /** A run is already going: details.runId names it. */
  'run_in_progress',
  'unavailable',
  'internal',
] as const;
export const apiErrorCode = z.enum(API_ERROR_CODES);
export type ApiErrorCode = z.infer<typeof apiErrorCode>;

/** One failed check of an input: `path` is the field (`tier`, `runs.0.mode`), empty for the whole body. */
export const inputIssue = z.object({ path: z.string(), message: z.string() });
export type InputIssue = z.infer<typeof inputIssue>;

export const apiErrorBody = z.object({
  error: z.object({
    // A string, not the enum: a newer server may add codes an older page does not know.
    code: z.string(),
    message: z.string(),
    details: z.unknown().optional(),
  }),
});
export type ApiErrorBody = z.infer<typeof apiErrorBody>;
