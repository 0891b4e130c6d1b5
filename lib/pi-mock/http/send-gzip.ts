/**
 * A response body streamed through gzip, as PI Web API behind IIS answers a client that sends
 * `Accept-Encoding: gzip`. Chunks go into zlib as they are rendered and come out onto the socket
 * at the link's pace (paced-write.ts); compression runs on libuv's thread pool, off the event loop
 * that renders. Backpressure runs end to end: a slow link or reader holds zlib, which holds the
 * renderer, so memory stays at a chunk or two per response. The length is unknown until the end,
 * so the answer is chunked, as IIS's dynamic compression answers.
 */
import type { ServerResponse } from 'node:http';
import { Writable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { constants, createGzip, type Gzip } from 'node:zlib';
import { returnBody } from '../render/body-pool';
import { writePaced } from './paced-write';
import type { TokenBucket } from './token-bucket';

/**
 * Level 1 (Z_BEST_SPEED): a 100-tag x 1 h batch body (0.65 MB with selectedFields) compressed at
 * ~520 MB/s against ~130 MB/s at zlib's default (6), for ~12 % more bytes (46 kB against 41 kB,
 * both ~15x smaller than the body; `npm run bench -- --only wire` measures it again). The mock's
 * core is the budget (DESIGN §9), so the fast level.
 */
export const GZIP_LEVEL = constants.Z_BEST_SPEED;

class ClientGone extends Error {}

/** Resolves once zlib takes more input (true) or has been torn down (false). */
function drained(gzip: Gzip): Promise<boolean> {
  if (gzip.destroyed) return Promise.resolve(false);
  return new Promise((resolve) => {
    const finish = (open: boolean) => () => {
      gzip.off('drain', onDrain);
      gzip.off('close', onClose);
      resolve(open);
    };
    const onDrain = finish(true);
    const onClose = finish(false);
    gzip.once('drain', onDrain);
    gzip.once('close', onClose);
  });
}

/**
 * Sends `chunks` gzipped after headers already written. Resolves true when the whole body went
 * out, false when the client left (the caller stops rendering); rejects when rendering failed.
 */
export async function sendGzipped(res: ServerResponse, chunks: AsyncIterator<Buffer>, link: TokenBucket | null): Promise<boolean> {
  const gzip = createGzip({ level: GZIP_LEVEL });
  const socket = new Writable({
    write(chunk: Buffer, _encoding, done) {
      writePaced(res, chunk, link).then((open) => done(open ? null : new ClientGone()), done);
    },
  });
  const sent = pipeline(gzip, socket).then(
    () => true,
    (error: unknown) => {
      if (error instanceof ClientGone || res.destroyed) return false;
      throw error;
    },
  );
  try {
    for (;;) {
      const next = await chunks.next();
      if (next.done) break;
      const chunk = next.value;
      // zlib calls back once it has consumed the chunk: a pooled body can serve the next response.
      if (!gzip.write(chunk, () => returnBody(chunk)) && !(await drained(gzip))) break;
      if (gzip.destroyed) break;
    }
  } catch (error) {
    gzip.destroy();
    await sent.catch(() => false);
    throw error;
  }
  if (!gzip.destroyed) gzip.end();
  return sent;
}
