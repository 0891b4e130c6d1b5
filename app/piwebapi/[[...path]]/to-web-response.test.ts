import { describe, expect, it } from 'vitest';
import { toWebResponse } from './to-web-response';

const json = Buffer.from('{"Items":[]}');

describe('toWebResponse', () => {
  it('copies status, headers and body', async () => {
    const response = toWebResponse({ status: 200, headers: { 'content-type': 'application/json; charset=utf-8' }, body: json });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/json; charset=utf-8');
    expect(await response.text()).toBe('{"Items":[]}');
  });

  it('sends no body for 204 and for HEAD', async () => {
    expect(await toWebResponse({ status: 204, headers: {}, body: Buffer.alloc(0) }).text()).toBe('');
    const head = toWebResponse({ status: 200, headers: { 'content-type': 'application/json' }, body: json }, 'HEAD');
    expect(head.status).toBe(200);
    expect(await head.text()).toBe('');
  });

  it('keeps a 503 with Retry-After', async () => {
    const body = Buffer.from('{"Errors":["busy"]}');
    const response = toWebResponse({ status: 503, headers: { 'retry-after': '1' }, body });
    expect(response.status).toBe(503);
    expect(response.headers.get('retry-after')).toBe('1');
    expect(await response.json()).toEqual({ Errors: ['busy'] });
  });
});

describe('toWebResponse with a streamed body', () => {
  /** Chunks 'a', 'b', 'c' ..., counting how many were rendered and whether the rendering was stopped. */
  function counted(count: number) {
    const state = { rendered: 0, stopped: false };
    async function* chunks() {
      try {
        for (let i = 0; i < count; i++) {
          state.rendered++;
          yield Buffer.from(String.fromCharCode(0x61 + i));
        }
      } finally {
        state.stopped = true;
      }
    }
    return { state, body: chunks() };
  }

  it('streams the chunks in order', async () => {
    const { body } = counted(3);
    const response = toWebResponse({ status: 207, headers: { 'content-type': 'application/json' }, body });
    expect(response.status).toBe(207);
    expect(await response.text()).toBe('abc');
  });

  it('renders a chunk only when the reader asks for it, and stops when the reader cancels', async () => {
    const { state, body } = counted(1000);
    const response = toWebResponse({ status: 207, headers: {}, body });
    const reader = response.body!.getReader();
    expect(state.rendered).toBe(0);
    await reader.read();
    await reader.read();
    expect(state.rendered).toBeLessThanOrEqual(3);
    await reader.cancel();
    expect(state.stopped).toBe(true);
    expect(state.rendered).toBeLessThanOrEqual(3);
  });
});
