/**
 * One channel WebSocket (the `ws` package): opens with the HTTP client's Authorization header on
 * the upgrade (Basic/Bearer as for every GET), hands each text frame over as it arrives and
 * resolves `ended` once the socket is gone, whatever ended it: a close frame (the server's code
 * says why), a network error, silence past the watchdog (no data and no heartbeat: a half-open
 * TCP connection never says it died), or the caller.
 */
import WebSocket from 'ws';

export type ChannelEnd =
  | { kind: 'closed'; code: number; reason: string }
  /** The upgrade was answered with an HTTP status instead of 101 (401, 403, 404, 503...). */
  | { kind: 'refused'; status: number }
  | { kind: 'error'; code: string }
  | { kind: 'silent'; silentMs: number }
  | { kind: 'stopped' };

export interface ChannelSocketOptions {
  url: string;
  headers: Record<string, string>;
  /** Longest silence before the socket is taken for dead. */
  silenceMs: number;
  onMessage: (text: string) => void;
  /** Bytes of each frame received (for the summary's byte count). */
  onBytes?: (bytes: number) => void;
}

export class ChannelSocket {
  /** Resolves once, when the socket is gone. */
  readonly ended: Promise<ChannelEnd>;
  /** Resolves true when the upgrade succeeded, false when the socket ended first. */
  readonly opened: Promise<boolean>;
  private readonly ws: WebSocket;
  private settle: (end: ChannelEnd) => void = () => {};
  private lastHeardMs = Date.now();
  private readonly watchdog: NodeJS.Timeout;
  private done = false;

  constructor(private readonly options: ChannelSocketOptions) {
    this.ended = new Promise<ChannelEnd>((resolve) => (this.settle = resolve));
    // No compression: PI channel frames are small, and permessage-deflate keeps a zlib context per socket.
    this.ws = new WebSocket(options.url, { headers: options.headers, perMessageDeflate: false, handshakeTimeout: options.silenceMs });
    this.opened = new Promise<boolean>((resolve) => {
      this.ws.once('open', () => resolve(true));
      void this.ended.then(() => resolve(false));
    });
    this.ws.on('message', (data: WebSocket.RawData, isBinary: boolean) => {
      this.lastHeardMs = Date.now();
      // ws hands a Buffer over unless told otherwise; decoding it in place spares a copy of every frame.
      const text = isBinary ? null : Buffer.isBuffer(data) ? data.toString('utf8') : Array.isArray(data) ? Buffer.concat(data).toString('utf8') : Buffer.from(data).toString('utf8');
      options.onBytes?.(text === null ? 0 : Buffer.byteLength(text));
      if (text !== null) options.onMessage(text);
    });
    this.ws.on('unexpected-response', (_req, res) => {
      res.resume();
      this.finish({ kind: 'refused', status: res.statusCode ?? 0 });
    });
    this.ws.on('error', (e: NodeJS.ErrnoException) => this.finish({ kind: 'error', code: e.code ?? 'ECHANNEL' }));
    this.ws.on('close', (code: number, reason: Buffer) => this.finish({ kind: 'closed', code, reason: reason.toString('utf8') }));
    // Checked at a fraction of the limit, so a dead socket is noticed within 1.25x silenceMs.
    this.watchdog = setInterval(() => {
      const silentMs = Date.now() - this.lastHeardMs;
      if (silentMs > options.silenceMs) this.finish({ kind: 'silent', silentMs });
    }, Math.max(50, Math.floor(options.silenceMs / 4)));
    this.watchdog.unref();
  }

  /** Ends the socket from this side (SIGINT, stop). */
  stop(): void {
    this.finish({ kind: 'stopped' });
  }

  private finish(end: ChannelEnd): void {
    if (this.done) return;
    this.done = true;
    clearInterval(this.watchdog);
    // terminate(), not close(): a dead or silent peer would never answer a closing handshake.
    this.ws.removeAllListeners('message');
    this.ws.on('error', () => {});
    this.ws.terminate();
    this.settle(end);
  }
}

/** Whether reconnecting can help: a refused WebId or credentials will be refused again. */
export function isFatalEnd(end: ChannelEnd): boolean {
  if (end.kind === 'refused') return end.status === 400 || end.status === 401 || end.status === 403 || end.status === 404;
  if (end.kind === 'closed') return end.code === 4400 || end.code === 4401 || end.code === 4403 || end.code === 4404;
  return false;
}

export function describeEnd(end: ChannelEnd): string {
  switch (end.kind) {
    case 'closed':
      return `closed ${end.code}${end.reason ? ` (${end.reason})` : ''}`;
    case 'refused':
      return `upgrade refused with HTTP ${end.status}`;
    case 'error':
      return `socket error ${end.code}`;
    case 'silent':
      return `silent for ${end.silentMs} ms (no data, no heartbeat)`;
    case 'stopped':
      return 'stopped';
  }
}
