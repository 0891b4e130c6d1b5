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

function isAuthorised(auth: MockAuth, header: string | undefined): boolean {
  if (auth.mode === 'none') return true;
  if (!header) return false;
  const [scheme = '', credential = ''] = header.split(/\s+/, 2);
  if (auth.mode === 'bearer') return scheme.toLowerCase() === 'bearer' && sameSecret(credential, auth.token);
  if (scheme.toLowerCase() !== 'basic') return false;
  return sameSecret(Buffer.from(credential, 'base64').toString('utf8'), `${auth.user}:${auth.password}`);
}

/** null when the request may proceed; otherwise the 401 or 403 a PI server answers. */
export function checkAccess(req: MockRequest, auth: MockAuth, csrfDefense: boolean): MockResponse | null {
  if (!isAuthorised(auth, req.headers.authorization)) {
    const challenge = auth.mode === 'bearer' ? `Bearer realm="${REALM}"` : `Basic realm="${REALM}"`;
    return piErrorResponse(401, ['Authorization has been denied for this request.'], { 'WWW-Authenticate': challenge });
  }
  if (csrfDefense && !SAFE_METHODS.has(req.method) && !req.headers['x-requested-with']) {
    return piErrorResponse(403, [
      `A ${req.method} request must carry an 'X-Requested-With' header (any value): CSRF defense is enabled on this server.`,
    ]);
  }
  return null;
}
