import { afterEach, describe, expect, it, vi } from 'vitest';
import { z } from 'zod';
import { readNdjson } from './read-ndjson';
import { apiErrorOf, stubFetch } from './test-support/fetch-stub';

const row = z.object({ n: z.int() });

/** A streamed body delivered in exactly these chunks (lines split across them on purpose). */
function streamOf(chunks: readonly string[]): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder();
  return new ReadableStream({
    start(controller) {
      for (const chunk of chunks) controller.enqueue(encoder.encode(chunk));
      controller.close();
    },
  });
}

async function collect<T>(iterable: AsyncIterable<T>): Promise<T[]> {
  const out: T[] = [];
  for await (const item of iterable) out.push(item);
  return out;
}

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('readNdjson', () => {
  it('yields each line parsed, across chunk boundaries, skipping blank lines and a missing final newline', async () => {
    const fake = stubFetch(new Response(streamOf(['{"n":1}\n{"n"', ':2}\n\n{"n":3', '}\n{"n":4}'])));
    await expect(collect(readNdjson('/api/x', row))).resolves.toEqual([{ n: 1 }, { n: 2 }, { n: 3 }, { n: 4 }]);
    const [url, init] = fake.mock.calls[0] as unknown as [string, RequestInit];
    expect(url).toBe('/api/x');
    expect(new Headers(init.headers).get('accept')).toBe('application/x-ndjson');
  });

  it('throws contract for a line that is not JSON, naming the line', async () => {
    stubFetch(new Response(streamOf(['{"n":1}\n', 'oops\n', '{"n":3}\n'])));
    const error = await apiErrorOf(() => collect(readNdjson('/api/x', row)));
    expect(error.code).toBe('contract');
    expect(error.message).toContain('/api/x line 2 is not JSON: oops');
  });

  it('throws contract for a line that does not match the schema', async () => {
    stubFetch(new Response(streamOf(['{"n":"one"}\n'])));
    const error = await apiErrorOf(() => collect(readNdjson('/api/x', row)));
    expect(error.code).toBe('contract');
    expect(error.message).toContain('line 1 is not a valid event');
    expect(error.message).toContain('n');
  });

  it('throws the server error body for a non-2xx answer', async () => {
    stubFetch(Response.json({ error: { code: 'not_found', message: "id: no run 'r1' is known" } }, { status: 404 }));
    const error = await apiErrorOf(() => collect(readNdjson('/api/x', row)));
    expect(error).toMatchObject({ status: 404, code: 'not_found', message: "id: no run 'r1' is known" });
  });

  it('throws unreachable when fetch fails', async () => {
    stubFetch(new TypeError('fetch failed'));
    const error = await apiErrorOf(() => collect(readNdjson('/api/x', row)));
    expect(error).toMatchObject({ status: 0, code: 'unreachable' });
  });

  it('cancels the body when the reader leaves early', async () => {
    let cancelled = false;
    const encoder = new TextEncoder();
    const body = new ReadableStream<Uint8Array>({
      start(controller) {
        controller.enqueue(encoder.encode('{"n":1}\n{"n":2}\n'));
      },
      cancel() {
        cancelled = true;
      },
    });
    stubFetch(new Response(body));
    for await (const item of readNdjson('/api/x', row)) {
      expect(item).toEqual({ n: 1 });
      break;
    }
    expect(cancelled).toBe(true);
  });
});
