/**
 * A throwaway MIT Kerberos realm for tests and the benchmark: every file (config, database, stash,
 * keytabs, ticket caches, log) lives in one temp dir, the KDC listens on a loopback port and is
 * stopped by its PID. Needs Debian's krb5-kdc and krb5-user (`.ci/ensure-kerberos.sh`).
 */
import { execFile, spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);

export const SCRATCH_REALM = 'PI.TEST';
/** The user the connector authenticates as, and the service principal the mock accepts for. */
export const SCRATCH_USER = 'svc-pi';
export const SCRATCH_SERVICE = 'HTTP/localhost';

const KDC_BINARIES = ['/usr/sbin/krb5kdc', '/usr/sbin/kdb5_util', '/usr/sbin/kadmin.local', '/usr/bin/kinit'];

/** Why a scratch realm cannot be built here, or null when it can. */
export function scratchRealmUnavailable(): string | null {
  const missing = KDC_BINARIES.filter((b) => !existsSync(b));
  return missing.length === 0 ? null : `${missing.join(', ')} missing: apt-get install krb5-kdc krb5-user (bash .ci/ensure-kerberos.sh)`;
}

export interface ScratchRealm {
  dir: string;
  kdcPort: number;
  /** KRB5_CONFIG and KRB5_KDC_PROFILE: every Kerberos tool and library call reads the realm from them. */
  env: Record<string, string>;
  /** The service keytab for the mock (KRB5_KTNAME). */
  serviceKeytab: string;
  /** The user's keytab (KRB5_CLIENT_KTNAME). */
  userKeytab: string;
  userPrincipal: string;
  /** `kinit -k` into a fresh FILE ticket cache; returns its KRB5CCNAME. */
  kinit(name: string): Promise<string>;
  /**
   * A ticket cache whose KDC time offset says the realm's clock runs `seconds` ahead of ours: MIT
   * krb5 (kdc_timesync, on by default) then stamps every request that far off, as on a client
   * whose clock is wrong, and the KDC answers "Clock skew too great". No libfaketime needed.
   */
  skewedTicketCache(name: string, seconds: number): Promise<string>;
  stop(): Promise<void>;
}

/** A port free on 127.0.0.1 right now (the KDC and CLI mocks take a port number, not 0). */
export function freeLoopbackPort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      const port = typeof address === 'object' && address !== null ? address.port : 0;
      probe.close(() => resolve(port));
    });
  });
}

function krb5Conf(kdcPort: number): string {
  // No DNS, no reverse lookups: the SPN is exactly HTTP/<host in the URL>, as the connector builds it.
  return `[libdefaults]
  default_realm = ${SCRATCH_REALM}
  dns_lookup_kdc = false
  dns_lookup_realm = false
  dns_canonicalize_hostname = false
  rdns = false
  udp_preference_limit = 1
[realms]
  ${SCRATCH_REALM} = {
    kdc = 127.0.0.1:${kdcPort}
  }
[domain_realm]
  localhost = ${SCRATCH_REALM}
`;
}

function kdcConf(dir: string, kdcPort: number): string {
  return `[kdcdefaults]
  kdc_listen = 127.0.0.1:${kdcPort}
  kdc_tcp_listen = 127.0.0.1:${kdcPort}
[realms]
  ${SCRATCH_REALM} = {
    database_name = ${join(dir, 'principal')}
    key_stash_file = ${join(dir, 'stash')}
    acl_file = ${join(dir, 'kadm5.acl')}
    kdc_listen = 127.0.0.1:${kdcPort}
    kdc_tcp_listen = 127.0.0.1:${kdcPort}
    max_life = 10h 0m 0s
  }
[logging]
  kdc = FILE:${join(dir, 'kdc.log')}
`;
}

/** Resolves once the KDC accepts TCP connections (it logs "commencing operation" first). */
async function waitForKdc(dir: string, kdc: ChildProcess): Promise<void> {
  const deadline = Date.now() + 15_000;
  while (Date.now() < deadline) {
    if (kdc.exitCode !== null) throw new Error(`krb5kdc exited with ${kdc.exitCode}: ${await readFile(join(dir, 'kdc.log'), 'utf8').catch(() => '')}`);
    const log = await readFile(join(dir, 'kdc.log'), 'utf8').catch(() => '');
    if (log.includes('commencing operation')) return;
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error('krb5kdc did not start within 15 s');
}

/**
 * Writes the DeltaTime tag (1) of a version-4 FILE ccache header: 0x05 0x04, u16 header length,
 * then tag u16, length u16, seconds s32, microseconds s32 (MIT krb5 ccache format).
 */
async function setCacheTimeOffset(file: string, seconds: number): Promise<void> {
  const bytes = await readFile(file);
  if (bytes.readUInt16BE(0) !== 0x0504 || bytes.readUInt16BE(4) !== 1 || bytes.readUInt16BE(6) !== 8) {
    throw new Error(`${file}: not a version-4 ccache starting with a DeltaTime header tag`);
  }
  bytes.writeInt32BE(seconds, 8);
  bytes.writeInt32BE(0, 12);
  await writeFile(file, bytes);
}

export async function startScratchRealm(): Promise<ScratchRealm> {
  const dir = await mkdtemp(join(tmpdir(), 'krb-realm-'));
  const kdcPort = await freeLoopbackPort();
  const confFile = join(dir, 'krb5.conf');
  await writeFile(confFile, krb5Conf(kdcPort));
  await writeFile(join(dir, 'kdc.conf'), kdcConf(dir, kdcPort));
  await writeFile(join(dir, 'kadm5.acl'), '');
  const env: Record<string, string> = { KRB5_CONFIG: confFile, KRB5_KDC_PROFILE: join(dir, 'kdc.conf') };
  const toolEnv = { ...process.env, ...env };
  await run('/usr/sbin/kdb5_util', ['-r', SCRATCH_REALM, 'create', '-s', '-P', 'scratch-master-key'], { env: toolEnv });
  const serviceKeytab = join(dir, 'http.keytab');
  const userKeytab = join(dir, 'user.keytab');
  const queries = [
    `addprinc -randkey ${SCRATCH_SERVICE}`,
    `addprinc -randkey ${SCRATCH_USER}`,
    `ktadd -k ${serviceKeytab} ${SCRATCH_SERVICE}`,
    `ktadd -k ${userKeytab} ${SCRATCH_USER}`,
  ];
  for (const q of queries) await run('/usr/sbin/kadmin.local', ['-r', SCRATCH_REALM, '-q', q], { env: toolEnv });
  // -n: stay in the foreground, so the PID we hold is the KDC's and stop() ends exactly it.
  const kdc = spawn('/usr/sbin/krb5kdc', ['-n', '-r', SCRATCH_REALM], { env: toolEnv, stdio: 'ignore' });
  const exited = new Promise<void>((resolve) => kdc.once('exit', () => resolve()));
  try {
    await waitForKdc(dir, kdc);
  } catch (e) {
    kdc.kill('SIGTERM');
    await rm(dir, { recursive: true, force: true });
    throw e;
  }
  const userPrincipal = `${SCRATCH_USER}@${SCRATCH_REALM}`;
  const realm: ScratchRealm = {
    dir,
    kdcPort,
    env,
    serviceKeytab,
    userKeytab,
    userPrincipal,
    async kinit(name) {
      const ccache = `FILE:${join(dir, `cc-${name}`)}`;
      await run('/usr/bin/kinit', ['-k', '-t', userKeytab, userPrincipal], { env: { ...toolEnv, KRB5CCNAME: ccache } });
      return ccache;
    },
    async skewedTicketCache(name, seconds) {
      const ccache = await realm.kinit(name);
      await setCacheTimeOffset(ccache.slice('FILE:'.length), seconds);
      return ccache;
    },
    async stop() {
      if (kdc.pid !== undefined && kdc.exitCode === null) {
        process.kill(kdc.pid, 'SIGTERM');
        await exited;
      }
      await rm(dir, { recursive: true, force: true });
    },
  };
  return realm;
}
