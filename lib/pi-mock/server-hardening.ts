/**
 * Limits of the mock's node:http listener against clients that hold it (issue 11, item 10): a
 * connection trickling its headers was kept 14 s and more, and a CONNECT got its socket closed
 * without an answer. Every value lives here; startMockServer applies them.
 */
import type { Server, ServerOptions } from 'node:http';
import type { Duplex } from 'node:stream';

export interface MockServerTimeouts {
  /** A connection whose request headers are incomplete this long after they began gets 408 and is closed. */
  headersMs: number;
  /** Complete request (headers and body) within this; bodies are at most MaxRequestContentLength. */
  requestMs: number;
  /**
   * An idle keep-alive connection is kept this long. Longer than client pools keep idle sockets
   * (undici 4 s, most proxies 60 s), so the server never closes one a client is about to reuse.
   */
  keepAliveMs: number;
  /** A socket with no traffic either way this long is closed (e.g. a client that stopped reading). */
  idleSocketMs: number;
  /** How often Node checks the header and request timeouts. */
  checkIntervalMs: number;
}

export const DEFAULT_MOCK_SERVER_TIMEOUTS: MockServerTimeouts = {
  headersMs: 10_000,
  requestMs: 60_000,
  keepAliveMs: 65_000,
  idleSocketMs: 120_000,
  checkIntervalMs: 1_000,
};

/** Methods the routing table serves (HEAD via GET); what a 405 lists in Allow. */
const SERVED_METHODS = 'GET, HEAD, POST';

/** Options of http.createServer: these limits only take effect when given at creation. */
export function httpServerOptions(timeouts: MockServerTimeouts): ServerOptions {
  return {
    // Node only notices an expired timeout at its next check: expire one check early so the close
    // comes within headersMs, not up to a check interval after it.
    headersTimeout: Math.max(1, timeouts.headersMs - timeouts.checkIntervalMs),
    requestTimeout: Math.max(timeouts.requestMs, timeouts.headersMs),
    connectionsCheckingInterval: timeouts.checkIntervalMs,
  };
}

/** The raw HTTP/1.1 answer to CONNECT: node:http hands that request to 'connect', never to the router. */
export function connectRefusal(): Buffer {
  const body = JSON.stringify({ Errors: ["The requested resource does not support http method 'CONNECT'."] });
  const head = [
    'HTTP/1.1 405 Method Not Allowed',
    `Allow: ${SERVED_METHODS}`,
    'Content-Type: application/json; charset=utf-8',
    `Content-Length: ${Buffer.byteLength(body)}`,
    'Connection: close',
  ].join('\r\n');
  return Buffer.from(`${head}\r\n\r\n${body}`);
}

/** Timeouts settable after creation, and a PI-style 405 for CONNECT instead of a dropped socket. */
export function hardenServer(server: Server, timeouts: MockServerTimeouts): void {
  server.keepAliveTimeout = timeouts.keepAliveMs;
  server.timeout = timeouts.idleSocketMs;
  server.on('connect', (_req: unknown, socket: Duplex) => {
    // A client that resets mid-answer must not crash the server with an unhandled 'error'.
    socket.on('error', () => socket.destroy());
    socket.end(connectRefusal());
  });
}
