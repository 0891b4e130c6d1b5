/**
 * What the PI client sends through: undici's keep-alive Pool, or for Kerberos the Negotiate
 * dispatcher, which must know which connection each request goes on (HTTP.sys authenticates
 * connections, not requests).
 */
import { Pool } from 'undici';
import { NegotiateDispatcher } from './negotiate/negotiate-dispatcher';
import type { PiAuth, PiTransport } from './types';

export function createTransport(origin: string, auth: PiAuth, options: Pool.Options): PiTransport {
  return auth.mode === 'negotiate' ? new NegotiateDispatcher(origin, options, auth) : new Pool(origin, options);
}
