/**
 * The standalone mock's listener against clients that hold it (issue 11 item 10): slow headers are
 * cut off at the header timeout, CONNECT and other methods get a PI-style 405.
 */
import http from 'node:http';
import net from 'node:net';
import { performance } from 'node:perf_hooks';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { errorsBody } from '../pi-contract';
import { startMockServer, type RunningMockServer } from './server';
import { DEFAULT_MOCK_SERVER_TIMEOUTS, hardenServer, httpServerOptions } from './server-hardening';
import { MockWorld } from './world';

// Shortened so the test waits well under a second; the defaults are checked separately below.
const HEADERS_MS = 300;
const CHECK_INTERVAL_MS = 50;

interface RawExchange {
  /** Everything the server sent before it closed the connection. */
  received: string;
  /** Bytes of the request we had written when the server closed. */
  bytesSent: number;
  closedAfterMs: number;
}

/** Writes `request` one byte every `gapMs` (or at once with gapMs 0) and waits for the server to close. */
function exchange(port: number, request: string, gapMs: number): Promise<RawExchange> {
  return new Promise((resolve, reject) => {
    const socket = net.connect(port, '127.0.0.1');
    const startedMs = performance.now();
    let received = '';
    let bytesSent = 0;
    let timer: NodeJS.Timeout | undefined;
    socket.on('data', (chunk: Buffer) => (received += chunk.toString('latin1')));
    socket.on('error', () => {});
    socket.on('close', () => {
      clearInterval(timer);
      resolve({ received, bytesSent, closedAfterMs: performance.now() - startedMs });
    });
    socket.on('connect', () => {
      if (gapMs === 0) {
        socket.write(request);
        bytesSent = request.length;
        return;
      }
      timer = setInterval(() => {
        if (bytesSent < request.length && !socket.destroyed) socket.write(request[bytesSent++] ?? '');
      }, gapMs);
    });
    // Fails the test rather than hanging it if the server never closes.
    setTimeout(() => reject(new Error('the server kept the connection open')), 10_000).unref();
  });
}

function bodyOf(raw: string): unknown {
  return JSON.parse(raw.slice(raw.indexOf('\r\n\r\n') + 4));
}

describe('mock listener limits', () => {
  let server: RunningMockServer;

  beforeAll(async () => {
    const world = new MockWorld({ tagCount: 128 });
    server = await startMockServer({ getWorld: () => world, port: 0, timeouts: { headersMs: HEADERS_MS, checkIntervalMs: CHECK_INTERVAL_MS } });
  });
  afterAll(async () => server?.close());

  it('closes a connection trickling its request line within the header timeout', async () => {
    // 100 bytes at one per 20 ms would take 2 s to finish; the server must not wait for it.
    const request = `GET /piwebapi/dataservers?${'x'.repeat(60)} HTTP/1.1\r\nHost: 127.0.0.1\r\n`;
    const result = await exchange(server.port, request, 20);
    expect(result.received.startsWith('HTTP/1.1 408')).toBe(true);
    expect(result.bytesSent).toBeLessThan(request.length);
    // The bound plus slack for a loaded machine; the old listener (66 s, checked every 30 s) held such sockets 14 s and more.
    expect(result.closedAfterMs).toBeLessThan(HEADERS_MS + 500);
  });

  it('keeps an idle keep-alive connection past the header timeout', async () => {
    const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });
    const get = () =>
      new Promise<{ status: number; port: number }>((resolve, reject) => {
        http
          .get(`${server.url}/`, { agent }, (res) => {
            res.resume();
            res.on('end', () => resolve({ status: res.statusCode ?? 0, port: res.socket?.localPort ?? -1 }));
          })
          .on('error', reject);
      });
    const first = await get();
    await new Promise((r) => setTimeout(r, HEADERS_MS * 2));
    const second = await get();
    agent.destroy();
    expect([first.status, second.status]).toEqual([200, 200]);
    expect(second.port).toBe(first.port);
  });

  it('answers CONNECT with a PI-style 405 and Allow instead of dropping the socket', async () => {
    const result = await exchange(server.port, 'CONNECT evil.example:443 HTTP/1.1\r\nHost: evil.example:443\r\n\r\n', 0);
    expect(result.received.startsWith('HTTP/1.1 405 Method Not Allowed\r\n')).toBe(true);
    expect(result.received).toContain('\r\nAllow: GET, HEAD, POST\r\n');
    expect(errorsBody.parse(bodyOf(result.received)).Errors[0]).toContain("'CONNECT'");
  });

  it.each(['TRACE', 'OPTIONS', 'PUT', 'DELETE', 'PATCH'])('answers %s on a resource with a PI-style 405 and Allow', async (method) => {
    const result = await exchange(server.port, `${method} /piwebapi/dataservers HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\nContent-Length: 0\r\nX-Requested-With: t\r\n\r\n`, 0);
    expect(result.received.startsWith('HTTP/1.1 405')).toBe(true);
    expect(result.received).toMatch(/\r\nAllow: GET\r\n/);
    expect(errorsBody.parse(bodyOf(result.received)).Errors[0]).toContain(`'${method}'`);
  });
});

describe('default listener limits', () => {
  it('close slow headers within 10 s (Node checks every second) and keep idle keep-alive sockets longer than client pools do', () => {
    const server = http.createServer(httpServerOptions(DEFAULT_MOCK_SERVER_TIMEOUTS));
    hardenServer(server, DEFAULT_MOCK_SERVER_TIMEOUTS);
    expect(server.headersTimeout).toBe(9_000);
    expect(server.requestTimeout).toBe(60_000);
    expect(server.keepAliveTimeout).toBe(65_000);
    expect(server.timeout).toBe(120_000);
    expect(server.listenerCount('connect')).toBe(1);
  });
});
