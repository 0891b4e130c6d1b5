/**
 * Credentials from the environment, never from flags or job data: PI_USER / PI_PASSWORD (basic),
 * PI_TOKEN (bearer); for negotiate, Kerberos reads KRB5CCNAME / KRB5_CLIENT_KTNAME itself and we
 * take only the optional PI_SPN and PI_KRB5_PRINCIPAL. Shared by `npm run extract` and `npm run worker`.
 */
import { err, ok, type Result } from '../../result';
import type { PiAuth } from '../http/types';

export const AUTH_MODES = ['none', 'basic', 'bearer', 'negotiate'] as const;

export function authFromEnv(mode: (typeof AUTH_MODES)[number], env: Readonly<Record<string, string | undefined>>): Result<PiAuth, string> {
  if (mode === 'none') return ok({ mode: 'none' });
  if (mode === 'basic') {
    if (!env.PI_USER || !env.PI_PASSWORD) return err('--auth basic needs PI_USER and PI_PASSWORD in the environment');
    return ok({ mode: 'basic', user: env.PI_USER, password: env.PI_PASSWORD });
  }
  if (mode === 'negotiate') {
    return ok({
      mode: 'negotiate',
      ...(env.PI_SPN ? { spn: env.PI_SPN } : {}),
      ...(env.PI_KRB5_PRINCIPAL ? { principal: env.PI_KRB5_PRINCIPAL } : {}),
    });
  }
  if (!env.PI_TOKEN) return err('--auth bearer needs PI_TOKEN in the environment');
  return ok({ mode: 'bearer', token: env.PI_TOKEN });
}
