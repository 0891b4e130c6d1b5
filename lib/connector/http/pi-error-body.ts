/**
 * Reads PI's error information out of a response body: the request-level `{"Errors":[...]}`
 * (contract §1.3 item 1) and a top-level `WebException` in a 2xx body (item 2).
 */
import { z } from 'zod';
import { webException, type WebException } from '../../pi-contract';

const MAX_TEXT_ERROR_CHARS = 200;
/** How much of each end of a body is searched for a WebException marker. */
const HEAD_BYTES = 256;
const TAIL_BYTES = 1024;
const WEB_EXCEPTION_MARKER = /"WebException"\s*:\s*\{/;

/** PI sends `Errors`; ASP.NET-level failures in front of it send `{"Message": "..."}`. */
const errorBody = z.object({
  Errors: z.array(z.unknown()).optional(),
  Message: z.string().optional(),
});

function parseJsonOrUndefined(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

/**
 * The error strings of a failed response, or [] when the body has none (HTML proxy pages,
 * empty bodies). A short text/plain body is kept as one message: rate limiters answer that way.
 */
export function piErrorsFrom(body: Buffer, contentType: string | undefined): string[] {
  const text = body.toString('utf8').trim();
  if (text === '') return [];
  if (text.startsWith('{')) {
    const parsed = errorBody.safeParse(parseJsonOrUndefined(text));
    if (!parsed.success) return [];
    const errors = (parsed.data.Errors ?? []).map((e) => (typeof e === 'string' ? e : JSON.stringify(e)));
    return parsed.data.Message !== undefined ? [...errors, parsed.data.Message] : errors;
  }
  if ((contentType ?? '').toLowerCase().startsWith('text/plain')) return [text.slice(0, MAX_TEXT_ERROR_CHARS)];
  return [];
}

/**
 * A non-null top-level WebException of a 2xx JSON body, else undefined.
 *
 * Cheap on purpose: value bodies run to hundreds of megabytes and the caller parses them once
 * later. Only when the marker `"WebException": {` appears in the first 256 or last 1024 bytes is
 * the body parsed here. AVEVA documents the failure shape as an object holding just the
 * WebException (so it opens the body), and a server that fails mid-stream can only append it
 * (so it closes the body); small objects fit in the two windows whole. A nested WebException
 * (e.g. in a batch sub-response) costs one extra parse and is not reported: its owner checks it.
 */
export function findWebException(body: Buffer): WebException | undefined {
  const head = body.toString('latin1', 0, Math.min(body.length, HEAD_BYTES));
  const tail = body.length > HEAD_BYTES ? body.toString('latin1', Math.max(HEAD_BYTES, body.length - TAIL_BYTES)) : '';
  if (!WEB_EXCEPTION_MARKER.test(head) && !WEB_EXCEPTION_MARKER.test(tail)) return undefined;
  const root = parseJsonOrUndefined(body.toString('utf8'));
  if (typeof root !== 'object' || root === null || !('WebException' in root)) return undefined;
  const parsed = webException.safeParse(root.WebException);
  return parsed.success ? parsed.data : undefined;
}
