import { QueryClient } from '@tanstack/react-query';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { z } from 'zod';
import { ApiError } from './api-error';
import { getJson, sendJson } from './get-json';
import { apiErrorOf, stubFetch } from './test-support/fetch-stub';

const status = z.object({ tagCount: z.int() });

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('getJson', () => {
  it('returns a 2xx body parsed with the schema', async () => {
    const fake = stubFetch(Response.json({ tagCount: 1040, extra: true }));
    await expect(getJson('/api/mock', status)).resolves.toEqual({ tagCount: 1040 });
    const [url, init] = fake.mock.calls[0] as [string, RequestInit];
    expect(url).toBe('/api/mock');
    expect(init.method).toBe('GET');
    expect(new Headers(init.headers).get('accept')).toBe('application/json');
  });

  it('throws the server error code and message', async () => {
    const body = { error: { code: 'invalid_input', message: 'tier: expected one of 128, 1040, 10000, 30240', details: { issues: [] } } };
    stubFetch(Response.json(body, { status: 400 }));
    const error = await apiErrorOf(() => getJson('/api/mock', status));
    expect(error).toMatchObject({ status: 400, code: 'invalid_input', message: 'tier: expected one of 128, 1040, 10000, 30240' });
    expect(error.details).toEqual({ issues: [] });
  });

  it('throws code http for a non-JSON error page', async () => {
    stubFetch(new Response('<html>Bad gateway</html>', { status: 502, statusText: 'Bad Gateway' }));
    const error = await apiErrorOf(() => getJson('/api/mock', status));
    expect(error.status).toBe(502);
    expect(error.code).toBe('http');
    expect(error.message).toContain('502 Bad Gateway');
  });

  it('throws code contract when a 2xx body does not match', async () => {
    stubFetch(Response.json({ tagCount: 'many' }));
    const error = await apiErrorOf(() => getJson('/api/mock', status));
    expect(error.code).toBe('contract');
    expect(error.message).toContain('tagCount');
  });

  it('throws code unreachable when fetch fails', async () => {
    stubFetch(new TypeError('fetch failed'));
    const error = await apiErrorOf(() => getJson('/api/mock', status));
    expect(error).toMatchObject({ status: 0, code: 'unreachable' });
    expect(error.message).toContain('fetch failed');
  });
});

describe('getJson with react-query', () => {
  it('aborts its fetch when the query is cancelled', async () => {
    let fetchSignal: AbortSignal | undefined;
    // A server that never answers: only the abort can end this fetch.
    vi.stubGlobal(
      'fetch',
      vi.fn(
        (_url: string, init: RequestInit) =>
          new Promise<Response>((_resolve, reject) => {
            fetchSignal = init.signal ?? undefined;
            init.signal?.addEventListener('abort', () => reject(init.signal?.reason));
          }),
      ),
    );
    const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
    const queryKey = ['mock', 'status'];
    const pending = client.fetchQuery({ queryKey, queryFn: ({ signal }) => getJson('/api/mock', status, { signal }) });
    await vi.waitFor(() => expect(fetchSignal).toBeDefined());
    expect(fetchSignal?.aborted).toBe(false);

    await client.cancelQueries({ queryKey });

    expect(fetchSignal?.aborted).toBe(true);
    await expect(pending).rejects.not.toBeInstanceOf(ApiError);
  });

  it('does not report an aborted read as unreachable', async () => {
    stubFetch(new DOMException('The operation was aborted.', 'AbortError'));
    const controller = new AbortController();
    controller.abort();
    await expect(getJson('/api/mock', status, { signal: controller.signal })).rejects.toMatchObject({ name: 'AbortError' });
  });
});

describe('sendJson', () => {
  it('sends a JSON body with the method', async () => {
    const fake = stubFetch(Response.json({ tagCount: 30240 }));
    await expect(sendJson('PUT', '/api/mock', { tier: 30240 }, status)).resolves.toEqual({ tagCount: 30240 });
    const [, init] = fake.mock.calls[0] as [string, RequestInit];
    expect(init.method).toBe('PUT');
    expect(init.body).toBe('{"tier":30240}');
    expect(new Headers(init.headers).get('content-type')).toBe('application/json');
  });
});
