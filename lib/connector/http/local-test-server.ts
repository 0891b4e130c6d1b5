/**
 * A tiny node:http server on 127.0.0.1:0 for this folder's tests: it records what the client
 * sent and lets each test script the answer. Deliberately not the project's mock: these tests
 * pin the client's behaviour against raw HTTP, including broken answers no mock would give.
 */
import { createServer, type IncomingHttpHeaders, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface SeenRequest {
  method: string;
  url: string;
  headers: IncomingHttpHeaders;
  body: string;
}

/** `index` counts requests from 0, so a handler can fail the first n and then answer. */
export type TestHandler = (req: IncomingMessage, res: ServerResponse, index: number) => void;

export interface LocalTestServer {
  origin: string;
  /** origin + '/piwebapi' */
  baseUrl: string;
  seen: SeenRequest[];
  /** TCP connections accepted so far (keep-alive reuse shows as fewer connections than requests). */
  connectionCount(): number;
  close(): Promise<void>;
}

export async function startLocalTestServer(handler: TestHandler): Promise<LocalTestServer> {
  const seen: SeenRequest[] = [];
  let connections = 0;
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      const index = seen.length;
      seen.push({ method: req.method ?? '', url: req.url ?? '', headers: req.headers, body: Buffer.concat(chunks).toString('utf8') });
      handler(req, res, index);
    });
  });
  server.on('connection', () => {
    connections += 1;
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  const origin = `http://127.0.0.1:${port}`;
  return {
    origin,
    baseUrl: `${origin}/piwebapi`,
    seen,
    connectionCount: () => connections,
    close: () =>
      new Promise<void>((resolve, reject) => {
        // Hanging test handlers keep sockets open; cut them so close() returns.
        server.closeAllConnections();
        server.close((e) => (e ? reject(e) : resolve()));
      }),
  };
}

/** Sends a JSON body with the given status and extra headers. */
export function sendJson(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  const text = typeof body === 'string' ? body : JSON.stringify(body);
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'content-length': Buffer.byteLength(text), ...headers });
  res.end(text);
}
