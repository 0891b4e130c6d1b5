/**
 * The external PI Web API a run may target, held in server memory only (DESIGN §8: credentials
 * never reach the browser, logs or bronze). Starts from PI_BASE_URL / PI_AUTH / PI_USER /
 * PI_PASSWORD / PI_TOKEN; a PUT replaces it until the server restarts, a DELETE forgets it.
 * A secret is bound to the origin (scheme, host, port) it was given for and goes nowhere else.
 */
import type { PiAuth } from '../connector';
import { getEnv, type Env } from '../env';
import { err, ok, type Result } from '../result';
import type { ConnectionAuthMode, ConnectionInput, ConnectionView } from '../api-contract';
import { kerberosFromEnv, kerberosFromInput, kerberosView, negotiateAuth, type StoredKerberos } from './connection-kerberos';

interface StoredConnection {
  url: string;
  auth: ConnectionAuthMode;
  user: string | null;
  /** Password (basic) or token (bearer). */
  secret: string | null;
  /** The origin the secret was given for; null without a secret. */
  secretOrigin: string | null;
  /** Auth negotiate only. */
  kerberos?: StoredKerberos;
  source: 'env' | 'saved';
}

export interface ExternalTarget {
  baseUrl: string;
  auth: PiAuth;
}

/** The field at fault and why: the route answers a 400 naming it. */
export interface ConnectionIssue {
  field: string;
  message: string;
}

/** `https://pi.example.com` of `https://PI.example.com:443/piwebapi`: what a secret is bound to. */
function originOf(url: string): string {
  return new URL(url).origin;
}

export function connectionFromEnv(env: Env): StoredConnection | null {
  if (!env.PI_BASE_URL) return null;
  const secret = (env.PI_AUTH === 'basic' ? env.PI_PASSWORD : env.PI_AUTH === 'bearer' ? env.PI_TOKEN : undefined) ?? null;
  return {
    url: env.PI_BASE_URL,
    auth: env.PI_AUTH,
    user: env.PI_USER ?? null,
    secret,
    secretOrigin: secret === null ? null : originOf(env.PI_BASE_URL),
    ...(env.PI_AUTH === 'negotiate' ? { kerberos: kerberosFromEnv(env) } : {}),
    source: 'env',
  };
}

const CONNECTION_KEY = Symbol.for('pi-connector-demo.connection');
type GlobalWithConnection = typeof globalThis & { [CONNECTION_KEY]?: { current: StoredConnection | null } };

function holder(): { current: StoredConnection | null } {
  const g = globalThis as GlobalWithConnection;
  g[CONNECTION_KEY] ??= { current: connectionFromEnv(getEnv()) };
  return g[CONNECTION_KEY];
}

export function connectionView(): ConnectionView {
  const c = holder().current;
  if (!c) return { url: null, auth: 'none', user: null, hasSecret: false, source: 'none' };
  return { url: c.url, auth: c.auth, user: c.auth === 'basic' ? c.user : null, hasSecret: c.secret !== null, ...kerberosView(c.kerberos), source: c.source };
}

/**
 * Stores validated settings. A missing secret keeps the saved one only for the same auth mode
 * and the same origin: a PUT that moves the URL to another scheme, host or port must bring its
 * own secret, else the 400 names the field (issue 11, finding 1).
 */
export function saveConnection(input: ConnectionInput): Result<ConnectionView, ConnectionIssue> {
  const state = holder();
  const previous = state.current;
  const origin = originOf(input.url);
  const field = input.auth === 'basic' ? 'password' : 'token';
  const given = input.auth === 'basic' ? input.password : input.auth === 'bearer' ? input.token : undefined;
  const savedForMode = previous !== null && previous.auth === input.auth && previous.secret !== null ? previous : null;
  const kept = savedForMode !== null && savedForMode.secretOrigin === origin ? savedForMode.secret : null;
  // Kerberos has no secret here: the ticket cache or keytab stays where the server keeps it.
  const needsSecret = input.auth === 'basic' || input.auth === 'bearer';
  const secret = needsSecret ? (given ?? kept) : null;
  if (needsSecret && secret === null) {
    const message = savedForMode?.secretOrigin
      ? `required for ${input.auth} auth: the saved one belongs to ${savedForMode.secretOrigin}, not ${origin}`
      : `required for ${input.auth} auth (none is saved yet)`;
    return err({ field, message });
  }
  state.current = {
    url: input.url,
    auth: input.auth,
    user: input.auth === 'basic' ? (input.user ?? null) : null,
    secret,
    secretOrigin: secret === null ? null : origin,
    ...(input.auth === 'negotiate' ? { kerberos: kerberosFromInput(input.kerberos) } : {}),
    source: 'saved',
  };
  return ok(connectionView());
}

/** Forgets what was saved, secret included, and goes back to the environment's settings (or none). */
export function resetConnection(env: Env = getEnv()): ConnectionView {
  holder().current = connectionFromEnv(env);
  return connectionView();
}

/** Where and how a run or a connection test reaches the external server. */
export function externalTarget(): Result<ExternalTarget, ConnectionIssue> {
  const c = holder().current;
  if (!c) return err({ field: 'target', message: 'no external PI Web API is saved yet: enter its URL under External PI Web API on the Connection page and press Save connection' });
  // saveConnection never stores a secret for another origin; were it broken, nothing may be sent.
  if (c.secret !== null && c.secretOrigin !== originOf(c.url)) throw new Error('connection store: a secret is bound to another origin than its URL');
  switch (c.auth) {
    case 'none':
      return ok({ baseUrl: c.url, auth: { mode: 'none' } });
    case 'basic':
      if (c.user === null || c.secret === null) return err({ field: 'target', message: 'the external PI Web API is set to basic auth without a user and password' });
      return ok({ baseUrl: c.url, auth: { mode: 'basic', user: c.user, password: c.secret } });
    case 'bearer':
      if (c.secret === null) return err({ field: 'target', message: 'the external PI Web API is set to bearer auth without a token' });
      return ok({ baseUrl: c.url, auth: { mode: 'bearer', token: c.secret } });
    case 'negotiate':
      return ok({ baseUrl: c.url, auth: negotiateAuth(c.kerberos) });
  }
}
