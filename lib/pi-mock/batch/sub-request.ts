/** Turns a batch sub-request's Resource into a MockRequest for the shared router. */
import { err, ok, type Result } from '../../result';
import { parseQueryCached, type QueryParams } from '../http/query-params';
import type { MockRequest } from '../http/types';
import { quoted } from './quoted';

/** Path (below /piwebapi, percent-decoded per segment) and query a Resource addresses. */
export interface SubRequestTarget {
  path: string;
  query: QueryParams;
}

/**
 * Host and port of the Resource are ignored (it always runs on this instance, contract §6); the
 * path must lie below /piwebapi. Relative paths (`/piwebapi/...`) are accepted too.
 */
export function subRequestTarget(resource: string): Result<SubRequestTarget, string> {
  const target = splitResource(resource);
  if (target === null) return err(`The Resource ${quoted(resource)} is not a valid URL.`);
  const lowerPath = target.pathname.toLowerCase();
  if (lowerPath !== '/piwebapi' && !lowerPath.startsWith('/piwebapi/')) {
    return err(`The Resource ${quoted(resource)} is not a PI Web API URL: its path must start with /piwebapi.`);
  }
  try {
    const segments = target.pathname.slice('/piwebapi'.length).split('/').filter(Boolean);
    const path = '/' + (target.pathname.includes('%') ? segments.map(decodeURIComponent) : segments).join('/');
    return ok({ path, query: parseQueryCached(target.search) });
  } catch {
    return err(`The Resource ${quoted(resource)} has a malformed percent-encoding.`);
  }
}

export function toSubRequest(
  outer: MockRequest,
  method: string,
  resource: string,
  headers: Record<string, string> | undefined,
  content: string | undefined,
): Result<MockRequest, string> {
  const target = subRequestTarget(resource);
  if (!target.ok) return target;
  const mergedHeaders: Record<string, string | undefined> = { ...outer.headers };
  for (const [k, v] of Object.entries(headers ?? {})) mergedHeaders[k.toLowerCase()] = v;
  return ok({
    method: method.toUpperCase(),
    path: target.value.path,
    query: target.value.query,
    headers: mergedHeaders,
    body: content === undefined ? null : Buffer.from(content, 'utf8'),
    baseUrl: outer.baseUrl,
  });
}

/**
 * Path and query of an absolute (`http://host:port/...`) or rooted (`/piwebapi/...`) Resource.
 * Hand-split rather than `new URL`: a batch carries hundreds of these and only path and query
 * matter (host and port are ignored, contract §6). Null when it is neither form.
 */
function splitResource(resource: string): { pathname: string; search: string } | null {
  let rest: string;
  const scheme = /^https?:\/\//i.exec(resource);
  if (scheme) {
    const slash = resource.indexOf('/', scheme[0].length);
    rest = slash < 0 ? '/' : resource.slice(slash);
  } else if (resource.startsWith('/')) {
    rest = resource;
  } else {
    return null;
  }
  const hash = rest.indexOf('#');
  if (hash >= 0) rest = rest.slice(0, hash);
  const q = rest.indexOf('?');
  return q < 0 ? { pathname: rest, search: '' } : { pathname: rest.slice(0, q), search: rest.slice(q + 1) };
}
