/** Authentication and CSRF checks a real PI Web API applies before routing (contract §1.5, §1.6). */
import { timingSafeEqual } from 'node:crypto';
import { piErrorResponse } from '../http/json-response';
import type { MockRequest, MockResponse } from '../http/types';
import type { MockAuth } from '../options';

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);
const REALM = 'PI Web API (mock)';

function sameSecret(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}

function isAuthorised(auth: MockAuth, req: MockRequest): boolean {
  if (auth.mode === 'none') return true;
  // Negotiate was verified by the listener, which authenticated the connection (http/negotiate).
  if (auth.mode === 'negotiate' && req.principal !== undefined) return true;
  const header = req.headers.authorization;
  if (!header) return false;
  const [scheme = '', credential = ''] = header.split(/\s+/, 2);
  if (auth.mode === 'bearer') return scheme.toLowerCase() === 'bearer' && sameSecret(credential, auth.token);
  const basic = auth.mode === 'negotiate' ? auth.basic : auth;
  if (basic === undefined || scheme.toLowerCase() !== 'basic') return false;
  return sameSecret(Buffer.from(credential, 'base64').toString('utf8'), `${basic.user}:${basic.password}`);
}

/** The WWW-Authenticate of a 401: every scheme enabled, as a PI server configured for several lists them. */
export function authChallenge(auth: MockAuth): string {
  if (auth.mode === 'bearer') return `Bearer realm="${REALM}"`;
  if (auth.mode === 'negotiate') return auth.basic === undefined ? 'Negotiate' : `Negotiate, Basic realm="${REALM}"`;
  return `Basic realm="${REALM}"`;
}

/** null when the request may proceed; otherwise the 401 or 403 a PI server answers. */
export function checkAccess(req: MockRequest, auth: MockAuth, csrfDefense: boolean): MockResponse | null {
  if (!isAuthorised(auth, req)) {
    return piErrorResponse(401, ['Authorization has been denied for this request.'], { 'WWW-Authenticate': authChallenge(auth) });
  }
  if (csrfDefense && !SAFE_METHODS.has(req.method) && !req.headers['x-requested-with']) {
    return piErrorResponse(403, [
      `A ${req.method} request must carry an 'X-Requested-With' header (any value): CSRF defense is enabled on this server.`,
    ]);
  }
  return null;
}
