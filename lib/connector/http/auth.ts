/**
 * The Authorization header we send (contract §1.6) and the schemes a 401 says the server accepts.
 * The header value is the only place credentials live; it never enters errors or metrics.
 */
import type { PiAuth } from './types';

/** The Authorization header value, or undefined for anonymous access. */
export function authorizationHeader(auth: PiAuth): string | undefined {
  switch (auth.mode) {
    case 'none':
      return undefined;
    case 'basic':
      // RFC 7617: UTF-8 `user:password`; PI accepts DOMAIN\user, user@domain or user as `user`.
      return `Basic ${Buffer.from(`${auth.user}:${auth.password}`, 'utf8').toString('base64')}`;
    case 'bearer':
      return `Bearer ${auth.token}`;
    case 'negotiate':
      // Per connection, not per request: the Negotiate dispatcher adds it (http/negotiate).
      return undefined;
  }
}

/**
 * Scheme names of a WWW-Authenticate header (`Basic realm="x", Negotiate, NTLM` -> Basic,
 * Negotiate, NTLM): a token at the start or after a comma that is followed by a parameter, a
 * comma or the end. Auth-params such as `charset="UTF-8"` are skipped.
 */
export function offeredSchemes(wwwAuthenticate: string | undefined): string[] {
  if (wwwAuthenticate === undefined) return [];
  const schemes = wwwAuthenticate.matchAll(/(?:^|,)\s*([A-Za-z][\w-]*)(?=\s+[\w-]+=|\s*,|\s*$)/g);
  return [...schemes].map((m) => m[1]).filter((s): s is string => s !== undefined);
}
