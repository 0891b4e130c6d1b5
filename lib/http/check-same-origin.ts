/**
 * CSRF defence for state-changing requests: a browser names the page that sent a request in
 * `Origin` (every POST/PUT/PATCH/DELETE since 2020) and says how it relates to the target in
 * `Sec-Fetch-Site`. A request with neither comes from no browser (curl, tests, a script the
 * presenter runs), so no other site can have made it.
 */
import { echoHeader, type RequestRefusal } from './request-refusal';

/** Fetch-metadata values a browser sends for our own pages (`none`: typed or bookmarked). */
const OWN_FETCH_SITES: ReadonlySet<string> = new Set(['same-origin', 'none']);

/**
 * `host:port` of the Host header as the origin's scheme would write it (`:80` under http drops),
 * or null when the two cannot be compared.
 */
function hostUnderScheme(protocol: string, host: string | null): string | null {
  if (host === null) return null;
  const candidate = `${protocol}//${host}`;
  return URL.canParse(candidate) ? new URL(candidate).host : null;
}

/**
 * Null when the request comes from this server's own pages or from no browser; else the 403.
 *
 * The Origin is compared with the Host header, not with `request.url`: Next rebuilds that with
 * its own bind name, and behind a TLS-terminating proxy it says http while the page says https.
 * Host and port equal means the page was served by this server under the name it was called by;
 * the Host itself is checked separately (check-host.ts).
 */
export function checkSameOrigin(headers: Headers): RequestRefusal | null {
  const fetchSite = headers.get('sec-fetch-site');
  if (fetchSite !== null && !OWN_FETCH_SITES.has(fetchSite.toLowerCase())) {
    return { code: 'forbidden', message: `sec-fetch-site: a ${echoHeader(fetchSite)} request may not change anything here` };
  }
  const origin = headers.get('origin');
  if (origin === null) return null;
  if (origin === 'null') {
    return { code: 'forbidden', message: 'origin: null (a sandboxed frame, a file: page or a redirect) may not change anything here' };
  }
  const parsed = URL.canParse(origin) ? new URL(origin) : null;
  if (parsed === null || (parsed.protocol !== 'http:' && parsed.protocol !== 'https:')) {
    return { code: 'forbidden', message: `origin: ${echoHeader(origin)} is not an http(s) origin` };
  }
  const own = hostUnderScheme(parsed.protocol, headers.get('host'));
  if (own !== null && parsed.host === own && origin === parsed.origin) return null;
  return { code: 'forbidden', message: `origin: ${echoHeader(origin)} is not this server's origin (${own ?? 'no Host header'})` };
}
