/**
 * Where GSSAPI finds the client's credentials. The `kerberos` binding calls gss_acquire_cred with
 * the default stores only (no gss_acquire_cred_from), so a keytab entered on the dashboard is
 * handed to MIT krb5 through its environment: KRB5_CLIENT_KTNAME, with a private in-memory ticket
 * cache so tickets from it never mix with (or come from) the server account's own cache. The
 * dashboard holds one external connection at a time, so one process-wide setting is enough.
 */
import type { PiAuth } from '../types';

type NegotiateAuth = Extract<PiAuth, { mode: 'negotiate' }>;

export function applyClientCredentials(auth: NegotiateAuth, env: NodeJS.ProcessEnv = process.env): void {
  if (auth.keytab === undefined) return;
  env.KRB5_CLIENT_KTNAME = auth.keytab;
  env.KRB5CCNAME = 'MEMORY:pi-connector';
}
