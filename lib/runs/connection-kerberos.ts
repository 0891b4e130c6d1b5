/**
 * Kerberos settings of the dashboard's external connection (auth negotiate): principal, client
 * keytab path and SPN override. None of them is a secret (the keys stay in the keytab file or the
 * ticket cache on the server), so the page may show them back.
 */
import type { PiAuth } from '../connector';
import type { Env } from '../env';
import type { ConnectionView, KerberosInput } from '../api-contract';

export interface StoredKerberos {
  principal: string | null;
  /** null: the server's own ticket cache (KRB5CCNAME, kinit) or KRB5_CLIENT_KTNAME. */
  keytab: string | null;
  spn: string | null;
}

export function kerberosFromEnv(env: Env): StoredKerberos {
  return { principal: env.PI_KRB5_PRINCIPAL ?? null, keytab: null, spn: env.PI_SPN ?? null };
}

export function kerberosFromInput(input: KerberosInput | undefined): StoredKerberos {
  return { principal: input?.principal ?? null, keytab: input?.keytab ?? null, spn: input?.spn ?? null };
}

/** The view's `kerberos` field, present only for a negotiate connection (other views keep their shape). */
export function kerberosView(kerberos: StoredKerberos | undefined): Pick<ConnectionView, 'kerberos'> {
  return kerberos === undefined ? {} : { kerberos: { ...kerberos } };
}

export function negotiateAuth(kerberos: StoredKerberos | undefined): Extract<PiAuth, { mode: 'negotiate' }> {
  return {
    mode: 'negotiate',
    ...(kerberos?.principal ? { principal: kerberos.principal } : {}),
    ...(kerberos?.keytab ? { keytab: kerberos.keytab } : {}),
    ...(kerberos?.spn ? { spn: kerberos.spn } : {}),
  };
}
