/** Turns a batch sub-request's Resource into a MockRequest for the shared router. */
import { err, ok, type Result } from '../../result';
import { QueryParams } from '../http/query-params';
import type { MockRequest } from '../http/types';

/**
 * Host and port of the Resource are ignored (it always runs on this instance, contract §6); the
 * path must lie below /piwebapi. Relative paths (`/piwebapi/...`) are accepted too.
 */
export function toSubRequest(
  outer: MockRequest,
  method: string,
  resource: string,
  headers: Record<string, string> | undefined,
  content: string | undefined,
): Result<MockRequest, string> {
  let url: URL;
  try {
    url = new URL(resource, 'http://batch.invalid');
  } catch {
    return err(`The Resource '${resource}' is not a valid URL.`);
  }
  const lowerPath = url.pathname.toLowerCase();
  if (lowerPath !== '/piwebapi' && !lowerPath.startsWith('/piwebapi/')) {
    return err(`The Resource '${resource}' is not a PI Web API URL: its path must start with /piwebapi.`);
  }
  let path: string;
  try {
    path = '/' + url.pathname.slice('/piwebapi'.length).split('/').filter(Boolean).map(decodeURIComponent).join('/');
  } catch {
    return err(`The Resource '${resource}' has a malformed percent-encoding.`);
  }
  const mergedHeaders: Record<string, string | undefined> = { ...outer.headers };
  for (const [k, v] of Object.entries(headers ?? {})) mergedHeaders[k.toLowerCase()] = v;
  return ok({
    method: method.toUpperCase(),
    path,
    query: new QueryParams(url.searchParams),
    headers: mergedHeaders,
    body: content === undefined ? null : Buffer.from(content, 'utf8'),
    baseUrl: outer.baseUrl,
  });
}
