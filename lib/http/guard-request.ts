/**
 * The header checks every request passes before a route runs (DESIGN §8), called from the root
 * proxy.ts: Host everywhere; same-origin JSON for every state-changing request except the
 * embedded PI Web API's, whose clients are connectors (PI's own CSRF rule, X-Requested-With,
 * is the mock's business).
 */
import { checkHost } from './check-host';
import { checkJsonContentType } from './check-json-content-type';
import { checkSameOrigin } from './check-same-origin';
import { refusalResponse, type RefusalStyle } from './request-refusal';

const STATE_CHANGING_METHODS: ReadonlySet<string> = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

export interface GuardOptions {
  /** ALLOWED_HOSTS, lower-cased: names answered besides the loopback ones. */
  allowedHosts: readonly string[];
}

/**
 * The first path segment, percent-decoded and lower-cased, so `/%70iwebapi` and `/PIWEBAPI` are
 * judged as what a router could make of them; '' for `/` or a segment that does not decode.
 */
function firstSegment(pathname: string): string {
  const raw = pathname.split('/')[1] ?? '';
  try {
    return decodeURIComponent(raw).toLowerCase();
  } catch {
    return '';
  }
}

/** Null to let the request through; otherwise the refusal to answer with. */
export function guardRequest(request: Request, options: GuardOptions): Response | null {
  const isPiWebApi = firstSegment(new URL(request.url).pathname) === 'piwebapi';
  const style: RefusalStyle = isPiWebApi ? 'pi' : 'api';
  const host = checkHost(request.headers.get('host'), options.allowedHosts);
  if (host !== null) return refusalResponse(host, style);
  const method = request.method.toUpperCase();
  if (isPiWebApi || !STATE_CHANGING_METHODS.has(method)) return null;
  const refusal = checkSameOrigin(request.headers) ?? checkJsonContentType(method, request.headers);
  return refusal === null ? null : refusalResponse(refusal, style);
}
