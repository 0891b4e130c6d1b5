/**
 * One socket's life, over and over until the tail stops: open the channel for its tags, buffer
 * what arrives while the gap since their checkpoints is back-filled, then hand frames to the tail
 * as they come; when the socket ends (closed, cut, silent), back off and open it again. A refusal
 * that will not change (credentials, WebIds) stops the whole tail.
 */
import { sleepMs } from '../http';
import { reconnectDelayMs } from './backoff';
import { channelUrl } from './channel-url';
import { ChannelSocket, describeEnd, isFatalEnd } from './channel-socket';

/** What a group needs from its tail. */
export interface GroupHost {
  readonly signal: AbortSignal;
  readonly silenceMs: number;
  readonly headers: Record<string, string>;
  readonly baseUrl: string;
  readonly heartbeatRate: number;
  readonly stats: { socketsOpen: number; reconnects: number };
  webIdsOf(tagIndexes: readonly number[]): string[];
  onMessage(text: string): void;
  onFrame(bytes: number): void;
  sync(tagIndexes: readonly number[], first: boolean): Promise<string | null>;
  fail(reason: string): void;
  noteError(reason: string): void;
}

export async function runChannelGroup(host: GroupHost, tagIndexes: readonly number[]): Promise<void> {
  const url = channelUrl(host.baseUrl, host.webIdsOf(tagIndexes), host.heartbeatRate);
  let attempt = 0;
  let first = true;
  while (!host.signal.aborted) {
    const buffered: string[] = [];
    let live = false;
    const socket = new ChannelSocket({
      url,
      headers: host.headers,
      silenceMs: host.silenceMs,
      onMessage: (text) => (live ? host.onMessage(text) : buffered.push(text)),
      onBytes: (bytes) => host.onFrame(bytes),
    });
    const stop = () => socket.stop();
    host.signal.addEventListener('abort', stop, { once: true });
    const opened = await socket.opened;
    if (opened) {
      host.stats.socketsOpen++;
      const failure = await host.sync(tagIndexes, first);
      if (failure === null) {
        // Frames that came during the back-fill: values it landed are dropped by the book.
        for (const text of buffered.splice(0)) host.onMessage(text);
        live = true;
        first = false;
        attempt = 0;
      } else {
        host.noteError(`back-fill: ${failure}`);
        socket.stop();
      }
    }
    const end = await socket.ended;
    host.signal.removeEventListener('abort', stop);
    if (opened) host.stats.socketsOpen--;
    if (host.signal.aborted) return;
    if (isFatalEnd(end)) {
      host.fail(`channel ${describeEnd(end)}`);
      return;
    }
    if (end.kind !== 'stopped') host.noteError(`channel ${describeEnd(end)}`);
    host.stats.reconnects++;
    await sleepMs(reconnectDelayMs(attempt++), host.signal);
  }
}
