/**
 * Writes a MockResponse to a node:http response. A buffered body goes out whole with its
 * Content-Length. A streamed body (a batch answer) is pulled one chunk at a time, and the next is
 * rendered only once the socket has taken the last ('drain'), so a slow reader holds the mock to
 * one chunk instead of the whole answer; a client that leaves stops the rendering. A stream of a
 * single chunk (every ordinary batch) is sent like a buffered body, headers included.
 */
import type { ServerResponse } from 'node:http';
import { returnBody } from '../render/body-pool';
import { piErrorResponse } from './json-response';
import type { BodyChunks, MockResponse } from './types';

function sendWhole(res: ServerResponse, method: string, status: number, headers: Record<string, string>, body: Buffer): void {
  res.writeHead(status, { ...headers, 'Content-Length': String(body.length) });
  if (method === 'HEAD') return void res.end();
  // Written to the socket: a pooled body can serve the next response.
  res.end(body, () => returnBody(body));
}

/** Resolves true once the socket can take more, false when the client has gone. */
function write(res: ServerResponse, chunk: Buffer): Promise<boolean> {
  if (res.destroyed) return Promise.resolve(false);
  if (res.write(chunk, () => returnBody(chunk))) return Promise.resolve(true);
  if (res.destroyed) return Promise.resolve(false);
  return new Promise((resolve) => {
    const settle = (open: boolean) => () => {
      res.off('drain', onDrain);
      res.off('close', onClose);
      resolve(open);
    };
    const onDrain = settle(true);
    const onClose = settle(false);
    res.once('drain', onDrain);
    res.once('close', onClose);
  });
}

async function sendChunks(res: ServerResponse, method: string, response: MockResponse, chunks: BodyChunks): Promise<void> {
  const it = chunks[Symbol.asyncIterator]();
  let finished = false;
  try {
    const first = await it.next();
    const second = first.done ? first : await it.next();
    if (second.done) {
      finished = true;
      return sendWhole(res, method, response.status, response.headers, first.done ? Buffer.alloc(0) : first.value);
    }
    if (method === 'HEAD') return sendWhole(res, method, response.status, response.headers, Buffer.alloc(0));
    // No Content-Length: node:http sends Transfer-Encoding: chunked.
    res.writeHead(response.status, response.headers);
    let open = (await write(res, first.value)) && (await write(res, second.value));
    while (open) {
      const next = await it.next();
      if (next.done) {
        finished = true;
        break;
      }
      open = await write(res, next.value);
    }
    if (finished) res.end();
  } catch (error) {
    console.error('[pi-mock] rendering a streamed response failed', error);
    if (!res.headersSent) {
      const failure = piErrorResponse(500, ['An unexpected error occurred in the mock PI Web API.']);
      return sendWhole(res, 'GET', failure.status, failure.headers, failure.body);
    }
    // Mid-body there is no way left to say so but cutting the answer short.
    res.destroy(error instanceof Error ? error : undefined);
  } finally {
    // The client left (or HEAD): stop rendering what nobody will read.
    if (!finished) await it.return?.();
  }
}

export async function sendMockResponse(res: ServerResponse, method: string, response: MockResponse): Promise<void> {
  if (Buffer.isBuffer(response.body)) return sendWhole(res, method, response.status, response.headers, response.body);
  return sendChunks(res, method, response, response.body);
}

