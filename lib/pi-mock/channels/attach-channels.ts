/**
 * The three channel endpoints on the mock's node:http listener (AVEVA reference: Stream
 * GetChannel, StreamSet GetChannel, StreamSet GetChannelAdHoc): an upgrade request passes the same
 * access check as a GET (401 before switching, as IIS answers), then is switched to a WebSocket
 * and handed to the listener's one ChannelHub. What the URL names is resolved after the switch, so
 * a bad WebID or parameter is a close code (4400, 4404) with PI's message as the reason.
 */
import type { IncomingMessage, Server } from 'node:http';
import type { Duplex } from 'node:stream';
import { WebSocketServer, type WebSocket } from 'ws';
import { piErrorResponse } from '../http/json-response';
import { PiRequestError } from '../http/pi-error';
import { QueryParams } from '../http/query-params';
import type { MockRequest } from '../http/types';
import { publicBaseUrl, socketOrigin } from '../public-base-url';
import { parseWebIdType } from '../router/dispatch';
import { checkRequestAccess } from '../router/handle';
import type { HandlerContext } from '../router/types';
import type { MockWorld } from '../world';
import { CHANNEL_CLOSE, closeCodeForStatus, closeReason } from './channel-close';
import { ChannelHub } from './channel-hub';
import { parseChannelParams } from './channel-params';
import { channelSources, matchChannelRoute, type ChannelRoute } from './channel-target';
import { refuseUpgrade } from './raw-http-refusal';

/** Percent-decoded segments below /piwebapi, or null when the path is elsewhere or malformed. */
function piSegments(pathname: string): string[] | null {
  const lower = pathname.toLowerCase();
  if (!lower.startsWith('/piwebapi/')) return null;
  try {
    return pathname.slice('/piwebapi'.length).split('/').filter(Boolean).map(decodeURIComponent);
  } catch {
    return null;
  }
}

function mockRequestOf(req: IncomingMessage, url: URL, segments: string[], world: MockWorld): MockRequest {
  const headers: Record<string, string | undefined> = {};
  for (const [k, v] of Object.entries(req.headers)) headers[k] = Array.isArray(v) ? v.join(', ') : v;
  return {
    method: 'GET',
    path: '/' + segments.join('/'),
    query: new QueryParams(url.searchParams),
    headers,
    body: null,
    baseUrl: publicBaseUrl({
      configured: world.options.publicBaseUrl,
      trustProxy: world.options.trustProxy,
      headers,
      ownOrigin: socketOrigin(req.socket.localAddress, req.socket.localPort),
    }),
  };
}

function subscribe(hub: ChannelHub, ws: WebSocket, world: MockWorld, req: MockRequest, route: ChannelRoute): void {
  if (hub.size >= world.options.channelMaxSockets) {
    ws.close(CHANNEL_CLOSE.tryAgainLater, closeReason(`This server serves at most ${world.options.channelMaxSockets} channels at once.`));
    return;
  }
  try {
    const ctx: HandlerContext = {
      req,
      params: route.webId === undefined ? {} : { webId: route.webId },
      world,
      webIdType: parseWebIdType(req.query.get('webIdType')),
      url: (path) => req.baseUrl + path,
    };
    const params = parseChannelParams(req.query);
    const sources = channelSources(ctx, route);
    const max = world.options.channelMaxStreamsPerSocket;
    if (sources.length > max) {
      ws.close(CHANNEL_CLOSE.badRequest, closeReason(`A channel may carry at most ${max} streams; this one names ${sources.length}.`));
      return;
    }
    hub.add(ws, { ctx, sources, ...params });
  } catch (error) {
    if (!(error instanceof PiRequestError)) throw error;
    ws.close(closeCodeForStatus(error.status), closeReason(error.messages.join(' ')));
  }
}

export interface AttachedChannels {
  hub: ChannelHub;
  close(): void;
}

/** Serves channel upgrades on `server`; any other upgrade is answered 404. */
export function attachChannels(server: Server, getWorld: () => MockWorld): AttachedChannels {
  const hub = new ChannelHub(getWorld);
  // noServer: node:http keeps the listener; ws only takes over sockets this handler accepts.
  const wss = new WebSocketServer({ noServer: true, perMessageDeflate: false });
  server.on('upgrade', (req: IncomingMessage, socket: Duplex, head: Buffer) => {
    socket.on('error', () => socket.destroy());
    const world = getWorld();
    const url = new URL(req.url ?? '/', 'http://localhost');
    const segments = piSegments(url.pathname);
    const route = segments === null ? null : matchChannelRoute(segments);
    if (segments === null || route === null) {
      refuseUpgrade(socket, piErrorResponse(404, [`No channel is served at '${url.pathname}': channels are streams/{webId}/channel, streamsets/channel and streamsets/{webId}/channel.`]));
      return;
    }
    const mockRequest = mockRequestOf(req, url, segments, world);
    const denied = checkRequestAccess(mockRequest, world.options);
    if (denied !== null) {
      refuseUpgrade(socket, denied);
      return;
    }
    wss.handleUpgrade(req, socket, head, (ws) => {
      ws.on('error', () => ws.terminate());
      subscribe(hub, ws, world, mockRequest, route);
    });
  });
  return {
    hub,
    close: () => {
      hub.closeAll('The mock PI Web API is stopping.');
      wss.close();
    },
  };
}
