/**
 * The external PI Web API a run may target, held in server memory only (DESIGN §8: credentials
 * never reach the browser, logs or bronze). Starts from PI_BASE_URL / PI_AUTH / PI_USER /
 * PI_PASSWORD / PI_TOKEN; a PUT replaces it until the server restarts, a DELETE forgets it.
 */
import type { PiAuth } from '../connector/http';
import { getEnv, type Env } from '../env';
import { err, ok, type Result } from '../result';
import type { ConnectionAuthMode, ConnectionInput, ConnectionView } from './connection-schemas';

interface StoredConnection {
  url: string;
  auth: ConnectionAuthMode;
  user: string | null;
  /** Password (basic) or token (bearer). */
  secret: string | null;
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

export function connectionFromEnv(env: Env): StoredConnection | null {
  if (!env.PI_BASE_URL) return null;
  const secret = env.PI_AUTH === 'basic' ? env.PI_PASSWORD : env.PI_AUTH === 'bearer' ? env.PI_TOKEN : undefined;
  return { url: env.PI_BASE_URL, auth: env.PI_AUTH, user: env.PI_USER ?? null, secret: secret ?? null, source: 'env' };
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
  return { url: c.url, auth: c.auth, user: c.auth === 'basic' ? c.user : null, hasSecret: c.secret !== null, source: c.source };
}

/** Stores validated settings; a missing secret keeps the saved one of the same mode, else names the field. */
export function saveConnection(input: ConnectionInput): Result<ConnectionView, ConnectionIssue> {
  const state = holder();
  const previous = state.current;
  const given = input.auth === 'basic' ? input.password : input.auth === 'bearer' ? input.token : undefined;
  const kept = previous !== null && previous.auth === input.auth ? previous.secret : null;
  const secret = input.auth === 'none' ? null : (given ?? kept);
  if (input.auth !== 'none' && secret === null) {
    return err({ field: input.auth === 'basic' ? 'password' : 'token', message: `required for ${input.auth} auth (none is saved yet)` });
  }
  state.current = { url: input.url, auth: input.auth, user: input.auth === 'basic' ? (input.user ?? null) : null, secret, source: 'saved' };
  return ok(connectionView());
}

/** Forgets what was saved, secret included, and goes back to the environment's settings (or none). */
export function resetConnection(): ConnectionView {
  holder().current = connectionFromEnv(getEnv());
  return connectionView();
}

/** Where and how a run or a connection test reaches the external server. */
export function externalTarget(): Result<ExternalTarget, ConnectionIssue> {
  const c = holder().current;
  if (!c) return err({ field: 'target', message: 'no external PI Web API is configured; set one with PUT /api/connection' });
  switch (c.auth) {
    case 'none':
      return ok({ baseUrl: c.url, auth: { mode: 'none' } });
    case 'basic':
      if (c.user === null || c.secret === null) return err({ field: 'target', message: 'the external PI Web API is set to basic auth without a user and password' });
      return ok({ baseUrl: c.url, auth: { mode: 'basic', user: c.user, password: c.secret } });
    case 'bearer':
      if (c.secret === null) return err({ field: 'target', message: 'the external PI Web API is set to bearer auth without a token' });
      return ok({ baseUrl: c.url, auth: { mode: 'bearer', token: c.secret } });
  }
}
