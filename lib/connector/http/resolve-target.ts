/**
 * Turns the client's base URL and a call's `pathOrUrl` into what goes on the wire. Absolute URLs
 * come from `Links` (contract §1.2); only their path and query are used, sent to this client's
 * origin, because a server often names itself differently (FQDN, proxy) from how we reach it.
 */
import { err, ok, type Result } from '../../result';
import type { ConnectorError } from '../errors';

export interface ClientBase {
  /** `https://host:port` */
  origin: string;
  /** Path of the Web API root without a trailing slash, e.g. `/piwebapi` ('' at the host root). */
  basePath: string;
}

export interface Target {
  /** Path + query sent in the request line. */
  path: string;
  /** origin + path, for errors and RawResponse. */
  url: string;
}

/** Throws on a configuration bug; messages never repeat the URL, which might carry credentials. */
export function parseBaseUrlOrThrow(baseUrl: string): ClientBase {
  let url: URL;
  try {
    url = new URL(baseUrl);
  } catch {
    throw new Error('PI base URL is not a valid absolute URL (expected e.g. https://host/piwebapi)');
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw new Error(`PI base URL must use http or https, not ${url.protocol}`);
  }
  if (url.username !== '' || url.password !== '') {
    throw new Error('PI base URL must not contain credentials; pass them as auth (PI_USER/PI_PASSWORD)');
  }
  return { origin: url.origin, basePath: url.pathname.replace(/\/+$/, '') };
}

const ABSOLUTE_URL = /^[a-z][a-z\d+.-]*:\/\//i;

export function resolveTarget(base: ClientBase, pathOrUrl: string): Result<Target, ConnectorError> {
  if (ABSOLUTE_URL.test(pathOrUrl)) {
    let link: URL;
    try {
      link = new URL(pathOrUrl);
    } catch {
      return err({ kind: 'contract', url: base.origin + base.basePath, issues: 'a Links URL from the server is not a valid URL' });
    }
    const path = link.pathname + link.search;
    return ok({ path, url: base.origin + path });
  }
  const relative = pathOrUrl === '' || pathOrUrl.startsWith('/') || pathOrUrl.startsWith('?') ? pathOrUrl : `/${pathOrUrl}`;
  const path = base.basePath + relative || '/';
  return ok({ path, url: base.origin + path });
}
