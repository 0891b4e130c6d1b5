/**
 * The mock's Kerberos, as PI Web API's HTTP.sys does it: a Negotiate token is verified with the
 * service keytab (KRB5_KTNAME), the mutual-authentication token goes back in WWW-Authenticate, and
 * the TCP connection stays authenticated, so later requests on it need no token. The client
 * principal is logged once per authenticated connection.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Socket } from 'node:net';
import { err, ok, type Result } from '../../../result';
import type { MockAuth } from '../../options';
import { authChallenge } from '../../router/check-access';
import { piErrorResponse } from '../json-response';
import type { MockResponse } from '../types';
import type { GssAcceptorBinding } from './load-gss-acceptor';

const NEGOTIATE = /^negotiate\s+([A-Za-z0-9+/=]+)\s*$/i;

export class NegotiateAcceptor {
  private readonly principals = new WeakMap<Socket, string>();

  constructor(
    private readonly gss: GssAcceptorBinding,
    private readonly log: (line: string) => void = (line) => console.log(line),
  ) {}

  /**
   * The connection's principal (undefined: not authenticated; the router's access check answers
   * 401 with the challenge), or the 401 for a token that does not verify.
   */
  async authenticate(req: IncomingMessage, res: ServerResponse, auth: MockAuth): Promise<Result<string | undefined, MockResponse>> {
    const match = NEGOTIATE.exec(req.headers.authorization ?? '');
    if (!match?.[1]) return ok(this.principals.get(req.socket));
    try {
      const context = await this.gss.initializeServer('');
      await context.step(match[1]);
      if (!context.contextComplete) throw new Error('the Kerberos context did not complete in one round');
      this.principals.set(req.socket, context.username);
      if (context.response) res.setHeader('WWW-Authenticate', `Negotiate ${context.response}`);
      this.log(`[pi-mock] Negotiate: ${context.username} authenticated connection ${req.socket.remoteAddress}:${req.socket.remotePort}`);
      return ok(context.username);
    } catch (e) {
      // A failed token ends the connection's authentication, as a new handshake on it would.
      this.principals.delete(req.socket);
      const reason = e instanceof Error ? e.message : String(e);
      this.log(`[pi-mock] Negotiate: token from ${req.socket.remoteAddress}:${req.socket.remotePort} rejected: ${reason}`);
      return err(
        piErrorResponse(401, [`Authorization has been denied for this request. The Negotiate token was rejected: ${reason}`], {
          'WWW-Authenticate': authChallenge(auth),
        }),
      );
    }
  }
}
