/**
 * Adapts a web `Request` addressed to `<origin><mountPath>/...` (Next's catch-all route) to the
 * mock's transport-neutral MockRequest, so the same router serves node:http, Next and batch.
 */
import { err, ok, type Result } from '../result';
import { piErrorResponse } from '../pi-mock/http/json-response';
import { QueryParams } from '../pi-mock/http/query-params';
import type { MockRequest, MockResponse } from '../pi-mock/http/types';

/** Methods whose body we never read: fetch forbids one on GET/HEAD anyway. */
const BODYLESS = new Set(['GET', 'HEAD']);

/**
 * `/piwebapi/streams/A%20B/value` -> `/streams/A B/value`; the mount itself -> `/`.
 * null when a segment has a malformed percent-encoding (`%zz`).
 */
export function pathBelowMount(pathname: string, mountPath: string): string | null {
  const lowerPath = pathname.toLowerCase();
  const lowerMount = mountPath.toLowerCase();
  const rest = lowerPath === lowerMount || lowerPath.startsWith(`${lowerMount}/`) ? pathname.slice(mountPath.length) : pathname;
  try {
    return `/${rest.split('/').filter((segment) => segment !== '').map(decodeURIComponent).join('/')}`;
  } catch {
    return null;
  }
}

/**
 * `<scheme>://<host>` as the client addressed us, for the links in bodies: Next rebuilds
 * `request.url` with its own hostname (`localhost`) whatever the client sent in Host.
 */
function clientOrigin(request: Request, url: URL): string {
  const proto = request.headers.get('x-forwarded-proto')?.split(',')[0]?.trim() || url.protocol.replace(/:$/, '');
  const host = request.headers.get('x-forwarded-host')?.split(',')[0]?.trim() || request.headers.get('host') || url.host;
  return `${proto}://${host}`;
}

/** The MockRequest, or the PI-style 400 the standalone server (server.ts) answers to a bad path. */
export async function toMockRequest(request: Request, mountPath = '/piwebapi'): Promise<Result<MockRequest, MockResponse>> {
  const url = new URL(request.url);
  const path = pathBelowMount(url.pathname, mountPath);
  if (path === null) return err(piErrorResponse(400, [`The path '${url.pathname}' has a malformed percent-encoding.`]));
  const method = request.method.toUpperCase();
  const headers: Record<string, string> = {};
  // Headers iterates names already lower-cased and joins repeated headers with ", ".
  for (const [name, value] of request.headers) headers[name] = value;
  let body: Buffer | null = null;
  if (!BODYLESS.has(method)) {
    const bytes = await request.arrayBuffer();
    if (bytes.byteLength > 0) body = Buffer.from(bytes);
  }
  return ok({ method, path, query: new QueryParams(url.searchParams), headers, body, baseUrl: `${clientOrigin(request, url)}${mountPath}` });
}
