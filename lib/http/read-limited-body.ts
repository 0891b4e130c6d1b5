/**
 * Reads a request body up to a byte limit without ever holding more than the limit: a declared
 * Content-Length over it is refused before a byte is read, and a body that turns out longer
 * (chunked, or lying about its length) is cancelled as soon as the count passes the limit.
 */
import { err, ok, type Result } from '../result';
import { MAX_API_BODY_BYTES } from './body-limit';

export type BodyReadError =
  | { kind: 'too_large'; limitBytes: number }
  /** The stream failed mid-way (the client went away, a broken chunked encoding). */
  | { kind: 'unreadable' };

function declaredLength(request: Request): number | null {
  const value = request.headers.get('content-length');
  if (value === null || !/^\s*\d+\s*$/.test(value)) return null;
  return Number(value);
}

/** The body's bytes (empty for none), or too_large. */
export async function readLimitedBody(request: Request, limitBytes: number = MAX_API_BODY_BYTES): Promise<Result<Uint8Array, BodyReadError>> {
  const tooLarge: BodyReadError = { kind: 'too_large', limitBytes };
  const declared = declaredLength(request);
  if (declared !== null && declared > limitBytes) {
    // Cancelling tells the stream's source we will not read it; the server then discards the upload.
    await request.body?.cancel().catch(() => undefined);
    return err(tooLarge);
  }
  if (request.body === null) return ok(new Uint8Array(0));
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    let chunk: ReadableStreamReadResult<Uint8Array>;
    try {
      chunk = await reader.read();
    } catch {
      return err({ kind: 'unreadable' });
    }
    if (chunk.done) break;
    total += chunk.value.byteLength;
    if (total > limitBytes) {
      // A cancel that fails (the stream already errored) leaves nothing more to stop.
      await reader.cancel().catch(() => undefined);
      return err(tooLarge);
    }
    chunks.push(chunk.value);
  }
  const bytes = new Uint8Array(total);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return ok(bytes);
}

/** As readLimitedBody, decoded as UTF-8 the way `request.text()` decodes it. */
export async function readLimitedText(request: Request, limitBytes: number = MAX_API_BODY_BYTES): Promise<Result<string, BodyReadError>> {
  const bytes = await readLimitedBody(request, limitBytes);
  return bytes.ok ? ok(new TextDecoder().decode(bytes.value)) : bytes;
}
