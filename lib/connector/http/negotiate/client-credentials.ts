/**
 * Where GSSAPI finds the client's credentials. The `kerberos` binding calls gss_acquire_cred with
 * the default stores only (no gss_acquire_cred_from), so a keytab entered on the dashboard is
 * handed to MIT krb5 through its environment: KRB5_CLIENT_KTNAME, with a private in-memory ticket
 * cache so tickets from it never mix with (or come from) the server account's own cache. Without
 * a keytab the variables the process started with are put back. The dashboard holds one external
 * connection at a time, so one process-wide setting is enough.
 */
import type { PiAuth } from '../types';

type NegotiateAuth = Extract<PiAuth, { mode: 'negotiate' }>;

const VARIABLES = ['KRB5_CLIENT_KTNAME', 'KRB5CCNAME'] as const;
let original: Partial<Record<(typeof VARIABLES)[number], string>> | null = null;

export function applyClientCredentials(auth: NegotiateAuth, env: NodeJS.ProcessEnv = process.env): void {
  original ??= Object.fromEntries(VARIABLES.flatMap((name) => (env[name] === undefined ? [] : [[name, env[name]]])));
  if (auth.keytab !== undefined) {
    env.KRB5_CLIENT_KTNAME = auth.keytab;
    env.KRB5CCNAME = 'MEMORY:pi-connector';
    return;
  }
  for (const name of VARIABLES) {
    const value = original[name];
    if (value === undefined) delete env[name];
    else env[name] = value;
  }
}
