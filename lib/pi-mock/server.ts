/**
 * The mock on a raw node:http listener: the standalone CLI, the tests, the benchmark and the
 * dashboard's runs use it (DESIGN §9: Next's route handler adds ~0.9 ms per request).
 */
import http, { type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { performance } from 'node:perf_hooks';
import { attachChannels } from './channels/attach-channels';
import type { ChannelHubStats } from './channels/channel-hub';
import { seedHealthResponse } from './compat/seed-health';
import { bodyTooLargeResponse } from './http/body-too-large';
import { piErrorResponse } from './http/json-response';
import { QueryParams } from './http/query-params';
import type { MockRequest, MockResponse } from './http/types';
import { acceptsGzip } from './http/accept-encoding';
import { sendMockResponse, type SendOptions } from './http/send-node-response';
import { TokenBucket } from './http/token-bucket';
import { publicBaseUrl, socketOrigin } from './public-base-url';
import { handleRequest } from './router/handle';
import { DEFAULT_MOCK_SERVER_TIMEOUTS, hardenServer, httpServerOptions, type MockServerTimeouts } from './server-hardening';
import type { MockWorld } from './world';
import type { NegotiateAcceptor } from './http/negotiate/negotiate-acceptor';

export interface RunningMockServer {
  /** e.g. http://127.0.0.1:41234/piwebapi */
  url: string;
  port: number;
  /** Open channels and what they were sent (channels/channel-hub.ts). */
  channelStats(): ChannelHubStats;
  close(): Promise<void>;
}

export interface MockServerOptions {
  getWorld: () => MockWorld;
  /** Default 127.0.0.1: the mock never listens beyond loopback unless told to. */
  host?: string;
  /** 0 picks a free port. */
  port?: number;
  /** Overrides of DEFAULT_MOCK_SERVER_TIMEOUTS (tests shorten them). */
  timeouts?: Partial<MockServerTimeouts>;
  /** Verifies Negotiate tokens and remembers authenticated connections (`--auth negotiate`). */
  negotiate?: NegotiateAcceptor;
}

class BodyTooLarge extends Error {}

/**
 * Reads the body up to `limit` bytes. Past it the rest is drained and dropped, then the read
 * fails: answering before the client finished sending would reset its connection instead of
 * giving it the 413.
 */
function readBody(req: IncomingMessage, limit: number): Promise<Buffer | null> {
  // Most requests (GETs) announce no body: answer them without waiting for the stream's end event.
  if (req.headers['content-length'] === undefined && req.headers['transfer-encoding'] === undefined) {
    req.resume();
    return Promise.resolve(null);
  }
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size <= limit) chunks.push(chunk);
    });
    req.on('end', () => {
      if (size > limit) reject(new BodyTooLarge());
      else resolve(size === 0 ? null : Buffer.concat(chunks));
    });
    req.on('error', reject);
  });
}

function send(res: ServerResponse, method: string, response: MockResponse, options: SendOptions): void {
  // Never rejects: a streamed body that fails is logged and cut short there.
  void sendMockResponse(res, method, response, options);
}

function healthResponse(world: MockWorld): MockResponse {
  const body = {
    status: 'ok',
    tagCount: world.catalogue.count,
    plants: world.catalogue.layout.plantCount,
    unitsPerPlant: world.catalogue.layout.unitsPerPlant,
    uptimeSeconds: Math.round((Date.now() - world.createdAtMs) / 1000),
  };
  return { status: 200, headers: { 'Content-Type': 'application/json; charset=utf-8' }, body: Buffer.from(JSON.stringify(body)) };
}

async function route(req: IncomingMessage, getWorld: () => MockWorld, negotiate?: { acceptor: NegotiateAcceptor; res: ServerResponse }): Promise<MockResponse> {
  const world = getWorld();
  const url = new URL(req.url ?? '/', 'http://localhost');
  const pathname = url.pathname;
  if (pathname === '/health') return world.options.compat === 'seed' ? seedHealthResponse(world) : healthResponse(world);
  const lower = pathname.toLowerCase();
  if (lower !== '/piwebapi' && !lower.startsWith('/piwebapi/')) {
    return piErrorResponse(404, [`Nothing is served at '${pathname}': the PI Web API lives under /piwebapi.`]);
  }
  let segments: string[];
  try {
    segments = pathname.slice('/piwebapi'.length).split('/').filter(Boolean).map(decodeURIComponent);
  } catch {
    return piErrorResponse(400, [`The path '${pathname}' has a malformed percent-encoding.`]);
  }
  let body: Buffer | null;
  try {
    body = await readBody(req, world.options.maxRequestContentLength);
  } catch (error) {
    if (error instanceof BodyTooLarge) return bodyTooLargeResponse(world.options.maxRequestContentLength);
    throw error;
  }
  const headers: Record<string, string | undefined> = {};
  for (const [k, v] of Object.entries(req.headers)) headers[k] = Array.isArray(v) ? v.join(', ') : v;
  let principal: string | undefined;
  if (negotiate !== undefined && world.options.auth.mode === 'negotiate') {
    const verdict = await negotiate.acceptor.authenticate(req, negotiate.res, world.options.auth);
    if (!verdict.ok) return verdict.error;
    principal = verdict.value;
  }
  const mockRequest: MockRequest = {
    ...(principal === undefined ? {} : { principal }),
    method: (req.method ?? 'GET').toUpperCase(),
    path: '/' + segments.join('/'),
    query: new QueryParams(url.searchParams),
    headers,
    body,
    // Links never follow Host or X-Forwarded-* unless the mock is told it sits behind a proxy.
    baseUrl: publicBaseUrl({
      configured: world.options.publicBaseUrl,
      trustProxy: world.options.trustProxy,
      headers,
      ownOrigin: socketOrigin(req.socket.localAddress, req.socket.localPort),
    }),
  };
  return handleRequest(world, mockRequest);
}

export function startMockServer(options: MockServerOptions): Promise<RunningMockServer> {
  const host = options.host ?? '127.0.0.1';
  const timeouts = { ...DEFAULT_MOCK_SERVER_TIMEOUTS, ...options.timeouts };
  // One link per listener, shared by every response, its rate read from the world in force (a
  // network profile switched mid-run applies from the next slice on).
  const link = new TokenBucket(0, () => performance.now());
  const server = http.createServer(httpServerOptions(timeouts), (req, res) => {
    const sendOptions = (): SendOptions => {
      link.setRate(options.getWorld().options.bandwidthBitsPerSecond / 8);
      return { gzip: acceptsGzip(req.headers['accept-encoding']), link };
    };
    route(req, options.getWorld, options.negotiate && { acceptor: options.negotiate, res })
      .then((response) => send(res, req.method ?? 'GET', response, sendOptions()))
      .catch((error: unknown) => {
        console.error('[pi-mock] request failed', req.method, req.url, error);
        if (!res.headersSent) send(res, 'GET', piErrorResponse(500, ['An unexpected error occurred in the mock PI Web API.']), sendOptions());
      });
  });
  hardenServer(server, timeouts);
  // Channels (WebSockets) share the listener and its port: `ws://host:port/piwebapi/streams/{webId}/channel`.
  const channels = attachChannels(server, options.getWorld);
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, host, () => {
      const { port } = server.address() as AddressInfo;
      const hostForUrl = host.includes(':') ? `[${host}]` : host;
      resolve({
        url: `http://${hostForUrl}:${port}/piwebapi`,
        port,
        channelStats: () => channels.hub.stats(),
        close: () =>
          new Promise<void>((done) => {
            channels.close();
            server.close(() => done());
            server.closeAllConnections();
          }),
      });
    });
  });
}
