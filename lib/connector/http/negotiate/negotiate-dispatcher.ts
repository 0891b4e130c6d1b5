/**
 * Kerberos over HTTP (RFC 4559, SPNEGO) the way PI Web API's HTTP.sys expects it: a token on the
 * first request of each keep-alive connection (or after a 401 on one we thought authenticated),
 * none on the requests after it, and the server's mutual-authentication token verified before a
 * connection counts as authenticated. One undici Client per connection, so we know which socket
 * each request rides on; a Pool would hide that.
 */
import { finished } from 'node:stream';
import type { Dispatcher, Pool } from 'undici';
import type { PiAuth, PiTransport } from '../types';
import { applyClientCredentials } from './client-credentials';
import { loadKerberos, type GssClientContext, type KerberosBinding } from './load-kerberos';
import { negotiateChallenge } from './negotiate-challenge';
import { NegotiateFailure } from './negotiate-failure';
import { NegotiateConnection } from './negotiate-connection';
import { classifyGssMessage, type NegotiateReason } from './negotiate-reason';
import { refusalText } from './refusal-text';
import { servicePrincipalFor } from './service-principal';

type NegotiateAuth = Extract<PiAuth, { mode: 'negotiate' }>;

export class NegotiateDispatcher implements PiTransport {
  private readonly connections: NegotiateConnection[];
  private readonly waiting: Array<(connection: NegotiateConnection) => void> = [];
  private readonly spn: string;
  private isClosed = false;

  constructor(
    private readonly origin: string,
    options: Pool.Options,
    private readonly auth: NegotiateAuth,
  ) {
    const { connections = 8, ...clientOptions } = options;
    const size = Math.max(1, connections ?? 8);
    this.connections = Array.from({ length: size }, () => new NegotiateConnection(origin, clientOptions));
    this.spn = servicePrincipalFor(origin, auth.spn);
  }

  get closed(): boolean {
    return this.isClosed;
  }

  async request(options: Dispatcher.RequestOptions): Promise<Dispatcher.ResponseData> {
    const kerberos = await this.kerberosOrThrow(options.path);
    const connection = await this.acquire(options.signal as AbortSignal | undefined);
    let response: Dispatcher.ResponseData;
    try {
      response = await this.exchange(kerberos, connection, options);
    } catch (e) {
      this.release(connection);
      throw e;
    }
    // The slot frees when the caller has read the body (send-once always reads it whole).
    let released = false;
    finished(response.body, () => {
      if (!released) this.release(connection);
      released = true;
    });
    return response;
  }

  async close(): Promise<void> {
    this.isClosed = true;
    await Promise.all(this.connections.map((c) => c.client.close()));
  }

  private async kerberosOrThrow(path: string): Promise<KerberosBinding> {
    try {
      return await loadKerberos();
    } catch (e) {
      throw this.failure(path, 'not-installed', (e as Error).message);
    }
  }

  private async exchange(kerberos: KerberosBinding, connection: NegotiateConnection, options: Dispatcher.RequestOptions): Promise<Dispatcher.ResponseData> {
    if (!connection.authenticated) return this.authenticate(kerberos, connection, options);
    const response = await connection.client.request(options);
    if (response.statusCode !== 401) return response;
    // The server forgot this connection (or undici reconnected under us): authenticate it again.
    await response.body.dump();
    connection.authenticated = false;
    return this.authenticate(kerberos, connection, options);
  }

  private async authenticate(kerberos: KerberosBinding, connection: NegotiateConnection, options: Dispatcher.RequestOptions): Promise<Dispatcher.ResponseData> {
    const context = await this.newContext(kerberos, options.path);
    let token: string;
    try {
      token = await context.step('');
    } catch (e) {
      throw this.gssFailure(options.path, e);
    }
    const headers = { ...(options.headers as Record<string, string> | undefined), authorization: `Negotiate ${token}` };
    const response = await connection.client.request({ ...options, headers });
    const challenge = negotiateChallenge(response.headers['www-authenticate']);
    if (response.statusCode === 401) {
      const text = await refusalText(response);
      if (!challenge.offered) throw this.failure(options.path, 'not-offered', `it offers ${offered(response.headers['www-authenticate'])}`);
      const reason = classifyGssMessage(text);
      throw this.failure(options.path, reason === 'gss' ? 'rejected' : reason, text);
    }
    // Mutual authentication (we ask for GSS_C_MUTUAL_FLAG): the server must answer with a token
    // that completes our context, or it has not proved it holds the service key.
    if (challenge.token === undefined) {
      await response.body.dump();
      throw this.failure(options.path, 'mutual-auth', `answered ${response.statusCode} without a Negotiate token`);
    }
    try {
      await context.step(challenge.token);
    } catch (e) {
      await response.body.dump();
      throw this.failure(options.path, 'mutual-auth', (e as Error).message);
    }
    if (!context.contextComplete) {
      await response.body.dump();
      throw this.failure(options.path, 'mutual-auth', 'the Kerberos context did not complete');
    }
    connection.authenticated = true;
    return response;
  }

  private async newContext(kerberos: KerberosBinding, path: string): Promise<GssClientContext> {
    applyClientCredentials(this.auth);
    try {
      return await kerberos.initializeClient(this.spn, {
        ...(this.auth.principal !== undefined ? { principal: this.auth.principal } : {}),
        mechOID: kerberos.GSS_MECH_OID_SPNEGO,
        flags: kerberos.GSS_C_MUTUAL_FLAG | kerberos.GSS_C_SEQUENCE_FLAG,
      });
    } catch (e) {
      throw this.gssFailure(path, e);
    }
  }

  private gssFailure(path: string, thrown: unknown): NegotiateFailure {
    const message = thrown instanceof Error ? thrown.message : String(thrown);
    return this.failure(path, classifyGssMessage(message), message);
  }

  private failure(path: string, reason: NegotiateReason, detail: string): NegotiateFailure {
    return new NegotiateFailure({ url: this.origin + path, reason, detail, spn: this.spn });
  }

  /** An idle connection, authenticated ones first: reusing them costs no Kerberos round. */
  private acquire(signal: AbortSignal | undefined): Promise<NegotiateConnection> {
    const idle = this.connections.find((c) => !c.busy && c.authenticated) ?? this.connections.find((c) => !c.busy);
    if (idle !== undefined) {
      idle.busy = true;
      return Promise.resolve(idle);
    }
    return new Promise((resolve, reject) => {
      const take = (connection: NegotiateConnection) => {
        signal?.removeEventListener('abort', onAbort);
        resolve(connection);
      };
      const onAbort = () => {
        const at = this.waiting.indexOf(take);
        if (at >= 0) this.waiting.splice(at, 1);
        reject(signal?.reason);
      };
      signal?.addEventListener('abort', onAbort, { once: true });
      this.waiting.push(take);
    });
  }

  private release(connection: NegotiateConnection): void {
    const next = this.waiting.shift();
    if (next !== undefined) next(connection);
    else connection.busy = false;
  }
}

function offered(header: string | string[] | undefined): string {
  const text = Array.isArray(header) ? header.join(', ') : header;
  return text ? text.replace(/realm="[^"]*"/gi, '').replace(/\s+/g, ' ').trim() : 'no scheme';
}
