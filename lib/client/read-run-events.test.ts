import { afterEach, describe, expect, it, vi } from 'vitest';
import { ApiError } from './api-error';
import { readRunEvents, STREAM_ENDED_CODE } from './read-run-events';

const modeStarted = { type: 'mode-started', mode: 'batch', tagsTotal: 128, atMs: 1 };
const failed = { type: 'failed', code: 'cancelled', message: 'The run was cancelled.', atMs: 2 };

function ndjson(events: readonly unknown[]): Response {
  return new Response(events.map((e) => `${JSON.stringify(e)}\n`).join(''), { headers: { 'content-type': 'application/x-ndjson' } });
}

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('readRunEvents', () => {
  it('reads the run events route up to the terminal event', async () => {
    const fake = vi.fn(async () => ndjson([modeStarted, failed, modeStarted]));
    vi.stubGlobal('fetch', fake);
    const seen: string[] = [];
    for await (const event of readRunEvents('run 1')) seen.push(event.type);
    expect(seen).toEqual(['mode-started', 'failed']);
    expect((fake.mock.calls[0] as unknown as [string])[0]).toBe('/api/runs/run%201/events');
  });

  it('throws stream_ended when the stream stops before finished or failed', async () => {
    vi.stubGlobal('fetch', vi.fn(async () => ndjson([modeStarted])));
    const seen: string[] = [];
    let caught: unknown;
    try {
      for await (const event of readRunEvents('r1')) seen.push(event.type);
    } catch (error) {
      caught = error;
    }
    expect(seen).toEqual(['mode-started']);
    expect(caught).toBeInstanceOf(ApiError);
    expect(caught).toMatchObject({ code: STREAM_ENDED_CODE, message: 'The progress stream of run r1 ended before the run finished or failed.' });
  });
});
