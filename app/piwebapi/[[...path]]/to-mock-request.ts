/**
 * Adapts a web `Request` addressed to `<origin><mountPath>/...` (Next's catch-all route) to the
 * mock's transport-neutral MockRequest, so the same router serves node:http, Next and batch.
 */
import { err, ok, type Result } from '@/lib/result';
import { bodyTooLargeResponse, piErrorResponse, publicBaseUrl, QueryParams, wellFormedHost, type BufferedMockResponse, type MockRequest } from '@/lib/pi-mock';
import { getEnv } from '@/lib/env';
import { checkHost, readLimitedBody } from '@/lib/http';

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
 * The base of the links in bodies: the Host the client addressed (the proxy already refused any
 * Host outside 127.0.0.1, localhost, [::1] and ALLOWED_HOSTS), never X-Forwarded-* unless
 * TRUST_PROXY is set. Next rebuilds `request.url` with its own hostname, so Host is read first.
 */
function linkBase(url: URL, headers: Readonly<Record<string, string>>, options: LinkOptions): string {
  const isAllowedHost = (candidate: string) => checkHost(candidate, options.allowedHosts) === null;
  const host = wellFormedHost(headers.host ?? '');
  return publicBaseUrl(
    {
      trustProxy: options.trustProxy,
      headers,
      ownOrigin: host !== null && isAllowedHost(host) ? `${url.protocol}//${host}` : url.origin,
      isAllowedHost,
    },
    options.mountPath,
  );
}

export interface LinkOptions {
  mountPath: string;
  trustProxy: boolean;
  /** ALLOWED_HOSTS, lower-cased names. */
  allowedHosts: readonly string[];
}

function linkOptionsFromEnv(): LinkOptions {
  const env = getEnv();
  return { mountPath: '/piwebapi', trustProxy: env.TRUST_PROXY, allowedHosts: env.ALLOWED_HOSTS };
}

/**
 * The MockRequest, or the PI-style error the standalone server (server.ts) answers: 400 to a bad
 * path, 413 to a body over `maxBodyBytes` (the world's MaxRequestContentLength), which is refused
 * on its Content-Length or as soon as the count passes the limit, never buffered whole (a 400 MB
 * POST once took the dashboard from 669 MB to 1.85 GB).
 */
export async function toMockRequest(
  request: Request,
  maxBodyBytes: number,
  links: LinkOptions = linkOptionsFromEnv(),
): Promise<Result<MockRequest, BufferedMockResponse>> {
  const { mountPath } = links;
  const url = new URL(request.url);
  const path = pathBelowMount(url.pathname, mountPath);
  if (path === null) return err(piErrorResponse(400, [`The path '${url.pathname}' has a malformed percent-encoding.`]));
  const method = request.method.toUpperCase();
  const headers: Record<string, string> = {};
  // Headers iterates names already lower-cased and joins repeated headers with ", ".
  for (const [name, value] of request.headers) headers[name] = value;
  let body: Buffer | null = null;
  if (!BODYLESS.has(method)) {
    const bytes = await readLimitedBody(request, maxBodyBytes);
    if (!bytes.ok) {
      return err(bytes.error.kind === 'too_large' ? bodyTooLargeResponse(maxBodyBytes) : piErrorResponse(400, ['The request body could not be read to its end.']));
    }
    if (bytes.value.byteLength > 0) body = Buffer.from(bytes.value.buffer, bytes.value.byteOffset, bytes.value.byteLength);
  }
  return ok({ method, path, query: new QueryParams(url.searchParams), headers, body, baseUrl: linkBase(url, headers, links) });
}
