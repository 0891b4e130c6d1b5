/**
 * An HTTP answer written straight onto an upgrade request's socket: node:http hands upgrades to
 * 'upgrade' with the bare socket, so a refused one (401, 404) is written by hand and the socket
 * ended, as IIS answers a WebSocket request it will not switch.
 */
import { STATUS_CODES } from 'node:http';
import type { Duplex } from 'node:stream';
import type { MockResponse } from '../http/types';

export function refuseUpgrade(socket: Duplex, response: MockResponse): void {
  // Refusals are small PI error bodies; a streamed body never reaches here.
  const body = Buffer.isBuffer(response.body) ? response.body : Buffer.alloc(0);
  const head = [`HTTP/1.1 ${response.status} ${STATUS_CODES[response.status] ?? 'Error'}`];
  for (const [name, value] of Object.entries(response.headers)) head.push(`${name}: ${value}`);
  head.push(`Content-Length: ${body.length}`, 'Connection: close');
  socket.end(Buffer.concat([Buffer.from(`${head.join('\r\n')}\r\n\r\n`), body]));
}
