/**
 * The socket watchdog against a bare WebSocket server on 127.0.0.1: a peer that stays silent (a
 * half-open connection says nothing) is given up after silenceMs, heartbeats keep a quiet socket
 * alive, and an upgrade answered with a status is reported as refused.
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { WebSocketServer, type WebSocket } from 'ws';
import { ChannelSocket, isFatalEnd } from './channel-socket';

describe('ChannelSocket', () => {
  let server: http.Server | null = null;
  let wss: WebSocketServer | null = null;
  afterEach(async () => {
    wss?.close();
    await new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve()));
    server?.closeAllConnections();
    server = wss = null;
  });

  async function listen(onSocket: (ws: WebSocket) => void, refuseWith?: number): Promise<string> {
    server = http.createServer();
    wss = new WebSocketServer({ noServer: true });
    server.on('upgrade', (req, socket, head) => {
      if (refuseWith) {
        socket.end(`HTTP/1.1 ${refuseWith} Refused\r\nContent-Length: 0\r\nConnection: close\r\n\r\n`);
        return;
      }
      wss?.handleUpgrade(req, socket, head, onSocket);
    });
    await new Promise<void>((resolve) => server?.listen(0, '127.0.0.1', resolve));
    return `ws://127.0.0.1:${(server.address() as AddressInfo).port}/piwebapi/streamsets/channel`;
  }

  it('gives up on a silent peer after silenceMs', async () => {
    const url = await listen(() => {});
    const socket = new ChannelSocket({ url, headers: {}, silenceMs: 300, onMessage: () => {} });
    expect(await socket.opened).toBe(true);
    const end = await socket.ended;
    expect(end.kind).toBe('silent');
    expect(isFatalEnd(end)).toBe(false);
  });

  it('stays up on heartbeats, and hands each frame over', async () => {
    const timers: NodeJS.Timeout[] = [];
    const url = await listen((ws) => timers.push(setInterval(() => ws.send('{"Links":{},"Items":[]}'), 100)));
    const frames: string[] = [];
    const socket = new ChannelSocket({ url, headers: {}, silenceMs: 300, onMessage: (t) => frames.push(t) });
    const outcome = await Promise.race([socket.ended, new Promise<'alive'>((resolve) => setTimeout(() => resolve('alive'), 900))]);
    socket.stop();
    timers.forEach(clearInterval);
    expect(outcome).toBe('alive');
    expect(frames.length).toBeGreaterThanOrEqual(4);
    expect(await socket.ended).toEqual({ kind: 'stopped' });
  });

  it('reports a refused upgrade with its status, as fatal for 401', async () => {
    const url = await listen(() => {}, 401);
    const socket = new ChannelSocket({ url, headers: {}, silenceMs: 5000, onMessage: () => {} });
    expect(await socket.opened).toBe(false);
    const end = await socket.ended;
    expect(end).toEqual({ kind: 'refused', status: 401 });
    expect(isFatalEnd(end)).toBe(true);
  });
});
