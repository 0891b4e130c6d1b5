import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { sendMockResponse } from './send-node-response';
import type { BodyChunks } from './types';

const MIB = 1024 * 1024;

/** `count` chunks of `bytes`, counting how many were rendered and whether the rendering was stopped. */
function counted(count: number, bytes: number) {
  const state = { rendered: 0, stopped: false };
  async function* chunks(): AsyncGenerator<Buffer> {
    try {
      for (let i = 0; i < count; i++) {
        state.rendered++;
        yield Buffer.alloc(bytes, 0x61 + (i % 26));
      }
    } finally {
      state.stopped = true;
    }
  }
  return { state, body: chunks() };
}

let server: http.Server | null = null;
afterEach(async () => {
  await new Promise<void>((done) => (server ? server.close(() => done()) : done()));
  server?.closeAllConnections();
  server = null;
});

/** Serves `body` once per request; resolves with the server's port. */
async function serve(body: () => BodyChunks | Buffer): Promise<number> {
  server = http.createServer((req, res) => void sendMockResponse(res, req.method ?? 'GET', { status: 207, headers: { 'Content-Type': 'application/json' }, body: body() }));
  await new Promise<void>((done) => server?.listen(0, '127.0.0.1', done));
  return (server?.address() as AddressInfo).port;
}

const until = async (check: () => boolean) => {
  for (let i = 0; i < 500 && !check(); i++) await new Promise((r) => setTimeout(r, 10));
};

describe('sendMockResponse', () => {
  it('sends a stream of one chunk like a buffered body: Content-Length, no chunked encoding', async () => {
    const port = await serve(() => counted(1, 10).body);
    const res = await fetch(`http://127.0.0.1:${port}/`);
    expect(res.headers.get('content-length')).toBe('10');
    expect(res.headers.get('transfer-encoding')).toBeNull();
    expect(await res.text()).toBe('a'.repeat(10));
  });

  it('sends a longer stream chunked, every byte in order', async () => {
    const port = await serve(() => counted(30, 1000).body);
    const res = await fetch(`http://127.0.0.1:${port}/`);
    expect(res.headers.get('transfer-encoding')).toBe('chunked');
    const text = await res.text();
    expect(text.length).toBe(30_000);
    expect(text.slice(25_000, 26_000)).toBe('z'.repeat(1000));
  });

  it('renders no further than the socket drains for a client that does not read, and stops when it leaves', async () => {
    const { state, body } = counted(1000, MIB);
    const port = await serve(() => body);
    const req = http.request({ port, host: '127.0.0.1', path: '/' });
    const response = new Promise<http.IncomingMessage>((resolve) => req.on('response', resolve));
    req.end();
    const res = await response;
    res.pause();
    await until(() => state.rendered >= 3);
    await new Promise((r) => setTimeout(r, 300));
    // Socket buffers on both ends hold a few MiB; a sender that ignored backpressure would render all 1,000.
    expect(state.rendered).toBeLessThan(64);
    res.destroy();
    await until(() => state.stopped);
    expect(state.stopped).toBe(true);
    expect(state.rendered).toBeLessThan(64);
  });
});
