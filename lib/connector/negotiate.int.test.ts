/**
 * Issue 15's acceptance run against a real MIT KDC: a scratch realm in a temp dir, the mock with
 * `--auth negotiate` (service keytab HTTP/localhost), and `npm run extract -- --auth negotiate`
 * landing 1,040 tags x 1 h by batch, streamsets and sequential exactly as a run with no auth does;
 * then no ticket, a wrong SPN, a skewed clock and a server without Negotiate, each named, exit 1.
 */
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BronzeStore } from '../bronze';
import { startMockFixture, type MockFixture } from '../pi-mock/test-support/mock-server-fixture';
import { scratchRealmUnavailable, startScratchRealm, type ScratchRealm } from './test-support/scratch-realm';
import { spawnCliMock, type CliMock } from './test-support/spawn-cli-mock';

const WINDOW = ['--start', '2024-01-01T00:00:00Z', '--end', '2024-01-01T01:00:00Z'];
const unavailable = scratchRealmUnavailable();
if (unavailable !== null) console.warn(`[negotiate.int] skipped: no Kerberos KDC here (${unavailable})`);

interface Finished {
  code: number | null;
  stdout: string;
  stderr: string;
}

const KERBEROS_VARIABLES = ['KRB5_CONFIG', 'KRB5_KDC_PROFILE', 'KRB5CCNAME', 'KRB5_KTNAME', 'KRB5_CLIENT_KTNAME', 'PI_SPN', 'PI_KRB5_PRINCIPAL', 'PI_AUTH', 'PI_BASE_URL'];

/** This process's environment without any Kerberos or PI setting, plus `extra`: each case gives exactly its own. */
function childEnv(extra: Record<string, string>): NodeJS.ProcessEnv {
  const env = { ...process.env };
  for (const name of KERBEROS_VARIABLES) delete env[name];
  return { ...env, ...extra };
}

function runExtract(args: string[], env: Record<string, string>): Promise<Finished> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'lib/connector/cli/extract.ts', ...WINDOW, '--no-progress', ...args], {
    cwd: process.cwd(),
    env: childEnv(env),
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (c: Buffer) => (stdout += c.toString()));
  child.stderr.on('data', (c: Buffer) => (stderr += c.toString()));
  return new Promise((resolve) => child.on('exit', (code) => resolve({ code, stdout, stderr })));
}

async function checksum(dbFile: string): Promise<{ rows: number; tags: number; hash: string }> {
  const opened = await BronzeStore.open(dbFile);
  if (!opened.ok) throw new Error(JSON.stringify(opened.error));
  const store = opened.value;
  try {
    const [row] = await store.readRows(
      `SELECT count(*)::DOUBLE AS n, count(DISTINCT tag_name)::DOUBLE AS tags,
              sum(hash(tag_name, epoch_ms(ts), seq, value, value_state, quality_good, quality_questionable))::VARCHAR AS h
       FROM bronze.pi_timeseries`,
    );
    return { rows: Number(row?.n), tags: Number(row?.tags), hash: String(row?.h) };
  } finally {
    await store.close();
  }
}

describe.skipIf(unavailable !== null)('Kerberos (Negotiate) end to end against a scratch MIT realm', () => {
  let realm: ScratchRealm;
  let mock: CliMock;
  let mockUrl: string;
  let plain: MockFixture;
  let ticketCache: string;
  let reference: { rows: number; tags: number; hash: string };

  beforeAll(async () => {
    realm = await startScratchRealm();
    mock = await spawnCliMock(['--tags', '1040', '--auth', 'negotiate'], childEnv({ ...realm.env, KRB5_KTNAME: `FILE:${realm.serviceKeytab}` }));
    // localhost, not 127.0.0.1: the connector derives the SPN HTTP@localhost from the URL.
    mockUrl = mock.urlFor('localhost');
    ticketCache = await realm.kinit('user');
    plain = await startMockFixture({ tagCount: 1040 });
    const db = join(realm.dir, 'reference.duckdb');
    const run = await runExtract(['--url', plain.server.url, '--mode', 'batch', '--db', db], {});
    expect(run.code, run.stderr).toBe(0);
    reference = await checksum(db);
  }, 120_000);

  afterAll(async () => {
    await mock?.stop();
    await plain?.server.close();
    await realm?.stop();
  });

  it('the no-auth reference holds 1,040 tags x 1 h', () => {
    expect(reference.tags).toBe(1040);
    expect(reference.rows).toBeGreaterThanOrEqual(1040 * 60);
  });

  it.each([
    ['batch', 'ticket cache'],
    ['streamsets', 'client keytab'],
    ['sequential', 'ticket cache'],
  ])('%s from the %s lands exactly what no auth lands', async (mode, credentials) => {
    const db = join(realm.dir, `${mode}.duckdb`);
    const env =
      credentials === 'ticket cache'
        ? { ...realm.env, KRB5CCNAME: ticketCache }
        : // No kinit: GSSAPI gets the ticket from the client keytab into a cache of its own.
          { ...realm.env, KRB5CCNAME: `FILE:${join(realm.dir, `cc-${mode}-from-keytab`)}`, KRB5_CLIENT_KTNAME: realm.userKeytab, PI_KRB5_PRINCIPAL: realm.userPrincipal };
    const before = (mock.log().match(/authenticated connection/g) ?? []).length;
    const run = await runExtract(['--url', mockUrl, '--mode', mode, '--db', db, '--auth', 'negotiate'], env);
    expect(run.code, run.stderr).toBe(0);
    const summary = JSON.parse(run.stdout) as { tags: number; httpRequests: number; failedTags: unknown[] };
    expect(summary.tags).toBe(1040);
    expect(summary.failedTags).toEqual([]);
    expect(await checksum(db)).toEqual(reference);
    // The mock logged who came in, and a token went only on each connection's first request: at
    // most one handshake per pooled connection (8 by default), however many requests rode on them.
    expect(mock.log()).toContain(`Negotiate: ${realm.userPrincipal} authenticated connection`);
    const handshakes = (mock.log().match(/authenticated connection/g) ?? []).length - before;
    expect(handshakes).toBeGreaterThan(0);
    expect(handshakes).toBeLessThanOrEqual(8);
    if (mode === 'sequential') expect(summary.httpRequests).toBeGreaterThan(1040);
  }, 180_000);

  it.each([
    ['no ticket', () => ({ ...realm.env, KRB5CCNAME: `FILE:${join(realm.dir, 'cc-empty')}` }), /No Kerberos ticket for http:\/\/localhost:\d+\/piwebapi/],
    ['a wrong SPN', () => ({ ...realm.env, KRB5CCNAME: ticketCache, PI_SPN: 'HTTP@pi-nowhere' }), /Unknown Kerberos service principal HTTP@pi-nowhere/],
  ])('%s is named and exits 1', async (_case, env, message) => {
    const run = await runExtract(['--url', mockUrl, '--mode', 'batch', '--db', join(realm.dir, 'failed.duckdb'), '--auth', 'negotiate'], env());
    expect(run.stderr).toMatch(message);
    expect(run.code).toBe(1);
  }, 60_000);

  it('a clock an hour off is named and exits 1', async () => {
    const skewed = await realm.skewedTicketCache('skewed', 3600);
    const run = await runExtract(['--url', mockUrl, '--mode', 'batch', '--db', join(realm.dir, 'skewed.duckdb'), '--auth', 'negotiate'], {
      ...realm.env,
      KRB5CCNAME: skewed,
    });
    expect(run.stderr).toMatch(/Kerberos clock skew too great/);
    expect(run.code).toBe(1);
  }, 60_000);

  it('a server that does not offer Negotiate is named and exits 1', async () => {
    const basicOnly = await startMockFixture({ tagCount: 128, auth: { mode: 'basic', user: 'u', password: 'p' } });
    try {
      const url = basicOnly.server.url.replace('127.0.0.1', 'localhost');
      const run = await runExtract(['--url', url, '--mode', 'batch', '--db', join(realm.dir, 'basic.duckdb'), '--auth', 'negotiate'], {
        ...realm.env,
        KRB5CCNAME: ticketCache,
      });
      expect(run.stderr).toMatch(/does not offer Negotiate \(Kerberos\) \(it offers Basic\)/);
      expect(run.code).toBe(1);
    } finally {
      await basicOnly.server.close();
    }
  }, 60_000);

  it('the mock challenges a request without a token on a fresh connection', async () => {
    const res = await fetch(`${mockUrl.replace('localhost', '127.0.0.1')}/system`);
    await res.arrayBuffer();
    expect(res.status).toBe(401);
    expect(res.headers.get('www-authenticate')).toBe('Negotiate');
  });
});
