import { describe, expect, it } from 'vitest';
import { readLimitedBody, readLimitedText } from './read-limited-body';

/** A body of `chunkCount` chunks of `chunkBytes`, counting how many were pulled from it. */
function countingBody(chunkBytes: number, chunkCount: number): { stream: ReadableStream<Uint8Array>; pulled: () => number; cancelled: () => boolean } {
  let pulled = 0;
  let cancelled = false;
  const stream = new ReadableStream<Uint8Array>({
    pull(controller) {
      if (pulled === chunkCount) {
        controller.close();
        return;
      }
      pulled += 1;
      controller.enqueue(new Uint8Array(chunkBytes));
    },
    cancel() {
      cancelled = true;
    },
  }, { highWaterMark: 0 });
  return { stream, pulled: () => pulled, cancelled: () => cancelled };
}

function post(body: ReadableStream<Uint8Array> | string | null, headers: Record<string, string> = {}): Request {
  return new Request('http://127.0.0.1/api/x', { method: 'POST', body, headers, duplex: 'half' } as RequestInit);
}

describe('readLimitedBody', () => {
  it('reads a body up to the limit exactly', async () => {
    const result = await readLimitedText(post('x'.repeat(16)), 16);
    expect(result).toEqual({ ok: true, value: 'x'.repeat(16) });
  });

  it('reads a missing body as empty', async () => {
    const result = await readLimitedBody(new Request('http://127.0.0.1/api/x', { method: 'DELETE' }), 16);
    expect(result.ok && result.value.byteLength).toBe(0);
  });

  it('refuses a declared Content-Length over the limit without reading a byte', async () => {
    const body = countingBody(1024, 1_000_000);
    const result = await readLimitedBody(post(body.stream, { 'content-length': String(400 * 1024 * 1024) }), 4096);
    expect(result).toEqual({ ok: false, error: { kind: 'too_large', limitBytes: 4096 } });
    expect(body.pulled()).toBe(0);
    expect(body.cancelled()).toBe(true);
  });

  it('stops reading an undeclared body as soon as it passes the limit', async () => {
    // 400 MiB offered in 64 KiB chunks; a reader that buffered it all would pull 6,400 chunks.
    const body = countingBody(64 * 1024, 6_400);
    const result = await readLimitedBody(post(body.stream), 4 * 1024 * 1024);
    expect(result).toEqual({ ok: false, error: { kind: 'too_large', limitBytes: 4 * 1024 * 1024 } });
    expect(body.pulled()).toBe(65);
    expect(body.cancelled()).toBe(true);
  });

  it('does not trust a Content-Length that understates the body', async () => {
    const body = countingBody(1024, 100);
    const result = await readLimitedBody(post(body.stream, { 'content-length': '10' }), 4096);
    expect(result.ok).toBe(false);
    expect(body.pulled()).toBe(5);
  });

  it('reports a stream that fails mid-way as unreadable', async () => {
    const stream = new ReadableStream<Uint8Array>({
      start(controller) {
        controller.enqueue(new Uint8Array(4));
        controller.error(new Error('client went away'));
      },
    });
    expect(await readLimitedBody(post(stream), 4096)).toEqual({ ok: false, error: { kind: 'unreadable' } });
  });
});
