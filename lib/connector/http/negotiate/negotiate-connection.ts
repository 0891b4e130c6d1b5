/**
 * One keep-alive TCP connection (an undici Client, one request at a time) and whether the server
 * has authenticated it. PI Web API's HTTP.sys keeps Kerberos authentication per connection, so a
 * reconnect (keep-alive timeout, reset) makes it unauthenticated again.
 */
import { Client } from 'undici';

export class NegotiateConnection {
  readonly client: Client;
  /** A Negotiate exchange on the current socket completed and the server proved its identity. */
  authenticated = false;
  busy = false;

  constructor(origin: string, options: Client.Options) {
    this.client = new Client(origin, { ...options, pipelining: 1 });
    this.client.on('disconnect', () => {
      this.authenticated = false;
    });
  }
}
