/**
 * The mock's side of the optional `kerberos` package (the mock never imports the connector, so it
 * loads the binding itself). Loaded only for `--auth negotiate`; resolved at run time so no bundler
 * follows the native addon.
 */
import { createRequire } from 'node:module';

export interface GssAcceptorContext {
  /** The client principal once a step succeeded, e.g. svc-pi@PI.TEST. */
  username: string;
  /** base64 mutual-authentication token for the client, if GSSAPI produced one. */
  response: string | null;
  contextComplete: boolean;
  step(token: string): Promise<string>;
}

export interface GssAcceptorBinding {
  /** '' accepts for any service principal in the keytab (KRB5_KTNAME), as HTTP.sys does for its account. */
  initializeServer(service: string): Promise<GssAcceptorContext>;
}

export function loadGssAcceptorOrThrow(): GssAcceptorBinding {
  const bases = [`${process.cwd()}/`, ...(process.argv[1] ? [process.argv[1]] : [])];
  let failure: unknown = null;
  for (const base of bases) {
    try {
      return createRequire(base)('kerberos') as GssAcceptorBinding;
    } catch (e) {
      failure ??= e;
    }
  }
  throw new Error(
    `Kerberos is not installed: the optional 'kerberos' package did not build or load (${(failure as Error)?.message}). ` +
      'Fix: apt-get install -y libkrb5-dev build-essential python3 && npm rebuild kerberos',
  );
}
