/**
 * The `kerberos` package (GSSAPI binding) is an optional dependency: it compiles at install time
 * against Debian's libkrb5-dev, and `npm ci` succeeds without it. Only Negotiate needs it, so it
 * is loaded on first use and a missing build is one typed failure naming the fix.
 */
import { createRequire } from 'node:module';

/** The part of the package's API we use (kerberos@7 index.d.ts). */
export interface GssClientContext {
  contextComplete: boolean;
  /** base64 token to send; `challenge` is the server's base64 token ('' for the first step). */
  step(challenge: string): Promise<string>;
}

export interface GssServerContext {
  /** The authenticated client principal once a step succeeded. */
  username: string;
  /** The base64 mutual-authentication token to send back, if any. */
  response: string | null;
  contextComplete: boolean;
  step(challenge: string): Promise<string>;
}

export interface KerberosBinding {
  GSS_C_MUTUAL_FLAG: number;
  GSS_C_SEQUENCE_FLAG: number;
  GSS_MECH_OID_SPNEGO: number;
  initializeClient(service: string, options?: { principal?: string; flags?: number; mechOID?: number }): Promise<GssClientContext>;
  initializeServer(service: string): Promise<GssServerContext>;
}

export const KERBEROS_APT_LINE = 'apt-get install -y libkrb5-dev build-essential python3 && npm rebuild kerberos';

export class KerberosNotInstalled extends Error {
  constructor(cause: unknown) {
    super(
      `Kerberos is not installed: the optional 'kerberos' package did not build or load (${(cause as Error)?.message ?? String(cause)}). ` +
        `Fix: ${KERBEROS_APT_LINE}`,
    );
  }
}

let loaded: Promise<KerberosBinding> | null = null;

/** Where to resolve the package from: the working directory (npm scripts, Next) and the entry script's. */
function resolutionBases(): string[] {
  const bases = [`${process.cwd()}/`];
  if (process.argv[1]) bases.push(process.argv[1]);
  return bases;
}

/**
 * createRequire, not import(): bundlers (Next's, esbuild's) must not try to follow a native addon
 * that may be absent; Node resolves it at run time from the project's node_modules.
 */
export function loadKerberos(): Promise<KerberosBinding> {
  loaded ??= new Promise<KerberosBinding>((resolve, reject) => {
    let failure: unknown = null;
    for (const base of resolutionBases()) {
      try {
        resolve(createRequire(base)('kerberos') as KerberosBinding);
        return;
      } catch (e) {
        failure ??= e;
      }
    }
    loaded = null;
    reject(new KerberosNotInstalled(failure));
  });
  return loaded;
}
