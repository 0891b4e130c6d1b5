/**
 * Writes a MockResponse to a node:http response. A buffered body goes out whole with its
 * Content-Length. A streamed body (a batch answer) is pulled one chunk at a time, and the next is
 * rendered only once the socket has taken the last ('drain'), so a slow reader holds the mock to
 * one chunk instead of the whole answer; a client that leaves stops the rendering. A stream of a
 * single chunk (every ordinary batch) is sent like a buffered body, headers included. A request
 * that asked for gzip gets any non-empty body gzipped (send-gzip.ts), and every byte waits for the
 * listener's link when it has a bandwidth (paced-write.ts).
 */
import type { ServerResponse } from 'node:http';
import { returnBody } from '../render/body-pool';
import { piErrorResponse } from './json-response';
import { writePaced } from './paced-write';
import { sendGzipped } from './send-gzip';
import type { TokenBucket } from './token-bucket';
import type { BodyChunks, MockResponse } from './types';

export interface SendOptions {
  /** The request's Accept-Encoding named gzip (accept-encoding.ts). */
  gzip: boolean;
  /** The listener's link, shared by all its responses; null: no bandwidth limit. */
  link: TokenBucket | null;
}

const PLAIN: SendOptions = { gzip: false, link: null };

/** The answer depends on Accept-Encoding, so caches in between must key on it (RFC 9110 §12.5.5). */
const VARY = { Vary: 'Accept-Encoding' };

async function sendWhole(res: ServerResponse, method: string, response: MockResponse, body: Buffer, link: TokenBucket | null): Promise<void> {
  res.writeHead(response.status, { ...response.headers, ...VARY, 'Content-Length': String(body.length) });
  if (method === 'HEAD' || body.length === 0) return void res.end();
  // Written to the socket: a pooled body can serve the next response.
  if (await writePaced(res, body, link, () => returnBody(body))) res.end();
}

/** The body's chunks one by one; a buffered body is a stream of one. */
function chunksOf(body: Buffer | BodyChunks): AsyncIterator<Buffer> {
  if (!Buffer.isBuffer(body)) return body[Symbol.asyncIterator]();
  let given = false;
  return {
    next: () => {
      if (given) return Promise.resolve({ done: true, value: undefined });
      given = true;
      return Promise.resolve({ done: false, value: body });
    },
  };
}

/** Writes the chunks after the headers; true once all went out, false when the client left. */
async function sendChunks(res: ServerResponse, it: AsyncIterator<Buffer>, first: Buffer, second: Buffer, link: TokenBucket | null): Promise<boolean> {
  let open = (await writePaced(res, first, link, () => returnBody(first))) && (await writePaced(res, second, link, () => returnBody(second)));
  while (open) {
    const next = await it.next();
    if (next.done) return true;
    const chunk = next.value;
    open = await writePaced(res, chunk, link, () => returnBody(chunk));
  }
  return false;
}

/** A stream that starts with `first` and goes on with `rest`. */
function prepend(first: Buffer, rest: AsyncIterator<Buffer>): AsyncIterator<Buffer> {
  let given = false;
  return {
    next: () => {
      if (given) return rest.next();
      given = true;
      return Promise.resolve({ done: false, value: first });
    },
  };
}

async function sendStream(res: ServerResponse, method: string, response: MockResponse, options: SendOptions): Promise<void> {
  const it = chunksOf(response.body);
  let finished = false;
  try {
    const first = await it.next();
    if (first.done || method === 'HEAD' || response.status === 204 || response.status === 304) {
      finished = first.done === true;
      return await sendWhole(res, method, response, first.done ? Buffer.alloc(0) : first.value, options.link);
    }
    if (options.gzip) {
      // No Content-Length: node:http sends Transfer-Encoding: chunked.
      res.writeHead(response.status, { ...response.headers, ...VARY, 'Content-Encoding': 'gzip' });
      finished = await sendGzipped(res, prepend(first.value, it), options.link);
      if (finished) res.end();
      return;
    }
    const second = await it.next();
    if (second.done) {
      finished = true;
      return await sendWhole(res, method, response, first.value, options.link);
    }
    res.writeHead(response.status, { ...response.headers, ...VARY });
    finished = await sendChunks(res, it, first.value, second.value, options.link);
    if (finished) res.end();
  } catch (error) {
    console.error('[pi-mock] rendering a streamed response failed', error);
    if (!res.headersSent) {
      const failure = piErrorResponse(500, ['An unexpected error occurred in the mock PI Web API.']);
      return await sendWhole(res, 'GET', failure, failure.body, options.link);
    }
    // Mid-body there is no way left to say so but cutting the answer short.
    res.destroy(error instanceof Error ? error : undefined);
  } finally {
    // The client left (or HEAD): stop rendering what nobody will read.
    if (!finished) await it.return?.();
  }
}

export async function sendMockResponse(res: ServerResponse, method: string, response: MockResponse, options: SendOptions = PLAIN): Promise<void> {
  if (Buffer.isBuffer(response.body) && !(options.gzip && response.body.length > 0)) {
    return sendWhole(res, method, response, response.body, options.link);
  }
  return sendStream(res, method, response, options);
}
