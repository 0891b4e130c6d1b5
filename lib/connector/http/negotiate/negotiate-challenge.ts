/**
 * The Negotiate part of a WWW-Authenticate header (RFC 4559): whether the server offers it, and
 * the base64 token it sent back (the mutual-authentication token on a 2xx, more rounds on a 401).
 */

export interface NegotiateChallenge {
  offered: boolean;
  token: string | undefined;
}

/** `header` as undici gives it: one value, several (repeated headers), or none. */
export function negotiateChallenge(header: string | string[] | undefined): NegotiateChallenge {
  const values = header === undefined ? [] : Array.isArray(header) ? header : [header];
  for (const value of values) {
    // Negotiate's token68 contains no comma, so splitting challenges at commas is safe here.
    for (const part of value.split(',')) {
      const match = /^\s*negotiate(?:\s+([A-Za-z0-9+/=_-]+))?\s*$/i.exec(part);
      if (match) return { offered: true, token: match[1] };
    }
  }
  return { offered: false, token: undefined };
}
