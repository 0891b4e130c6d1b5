/**
 * One chunk onto a node:http response, honouring the socket's backpressure and, when the listener
 * has a bandwidth, the link's pace: the chunk goes out in slices, each once the shared bucket has
 * its bytes (token-bucket.ts), so concurrent responses interleave on the link as they would on a
 * real one. What is shaped is the body as sent (compressed when gzip was asked for); headers and
 * chunk framing are left out, a few dozen bytes per response.
 */
import type { ServerResponse } from 'node:http';
import { SLICE_BYTES, type TokenBucket } from './token-bucket';

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** Resolves true once the socket can take more, false when the client has gone. */
function settle(res: ServerResponse, accepted: boolean): Promise<boolean> {
  if (accepted) return Promise.resolve(true);
  if (res.destroyed) return Promise.resolve(false);
  return new Promise((resolve) => {
    const finish = (open: boolean) => () => {
      res.off('drain', onDrain);
      res.off('close', onClose);
      resolve(open);
    };
    const onDrain = finish(true);
    const onClose = finish(false);
    res.once('drain', onDrain);
    res.once('close', onClose);
  });
}

/**
 * Writes `chunk`; `onWritten` runs once the socket has taken all of it (a pooled body goes back
 * then). Resolves true when more may be written, false when the client has gone.
 */
export async function writePaced(res: ServerResponse, chunk: Buffer, link: TokenBucket | null, onWritten?: () => void): Promise<boolean> {
  if (res.destroyed) return false;
  if (link === null || link.unlimited) return settle(res, res.write(chunk, onWritten));
  for (let offset = 0; offset < chunk.length; offset += SLICE_BYTES) {
    const slice = chunk.subarray(offset, offset + SLICE_BYTES);
    const waitMs = link.reserve(slice.length);
    if (waitMs > 0) await sleep(waitMs);
    if (res.destroyed) return false;
    const last = offset + SLICE_BYTES >= chunk.length;
    if (!(await settle(res, res.write(slice, last ? onWritten : undefined)))) return false;
  }
  return true;
}
