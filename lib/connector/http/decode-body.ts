/**
 * Undoes Content-Encoding. We ask for `gzip, deflate` (contract §9.3: many PI installs answer
 * uncompressed, so identity is normal). zlib runs on the libuv thread pool, off the event loop,
 * which matters for multi-megabyte value bodies.
 */
import { promisify } from 'node:util';
import { gunzip, inflate, inflateRaw } from 'node:zlib';
import { err, ok, type Result } from '../../result';

const gunzipAsync = promisify(gunzip);
const inflateAsync = promisify(inflate);
const inflateRawAsync = promisify(inflateRaw);

function zlibCode(thrown: unknown): string {
  if (typeof thrown === 'object' && thrown !== null && 'code' in thrown && typeof thrown.code === 'string') return thrown.code;
  return 'UNKNOWN';
}

/** RFC 1950 header check: CM = 8 (deflate) and the 16-bit header is a multiple of 31. */
function hasZlibHeader(body: Buffer): boolean {
  const cmf = body[0];
  const flg = body[1];
  return cmf !== undefined && flg !== undefined && (cmf & 0x0f) === 8 && (cmf * 256 + flg) % 31 === 0;
}

/**
 * The decoded body, or a one-line reason. `deflate` is meant to be zlib-wrapped (RFC 9110), but
 * some servers send raw deflate, so the header decides which inflater runs.
 */
export async function decodeBody(body: Buffer, contentEncoding: string | undefined): Promise<Result<Buffer, string>> {
  const encoding = (contentEncoding ?? '').trim().toLowerCase();
  if (encoding === '' || encoding === 'identity' || body.length === 0) return ok(body);
  try {
    if (encoding === 'gzip' || encoding === 'x-gzip') return ok(await gunzipAsync(body));
    if (encoding === 'deflate') return ok(hasZlibHeader(body) ? await inflateAsync(body) : await inflateRawAsync(body));
  } catch (thrown) {
    return err(`the ${encoding} body could not be decompressed (${zlibCode(thrown)})`);
  }
  return err(`unsupported Content-Encoding '${encoding}' (the client asks for gzip or deflate)`);
}
