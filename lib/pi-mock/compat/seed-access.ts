/**
 * Access checks in seed compatibility (issue 14, item 2 and the Bearer note): the seed's mock has
 * no CSRF defence, so its clients send POST /batch without X-Requested-With; and its later
 * revision accepts any non-empty Bearer token, so with `--auth bearer` any token passes here.
 * Basic credentials are still checked.
 */
import type { MockRequest, MockResponse } from '../http/types';
import type { MockAuth } from '../options';
import { checkAccess } from '../router/check-access';

const NON_EMPTY_BEARER = /^bearer\s+\S+/i;

/** null when the request may proceed; otherwise the 401 a PI server answers. */
export function checkSeedAccess(req: MockRequest, auth: MockAuth): MockResponse | null {
  if (auth.mode === 'bearer' && NON_EMPTY_BEARER.test(req.headers.authorization ?? '')) return null;
  return checkAccess(req, auth, false);
}
