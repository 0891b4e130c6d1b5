/**
 * The Connection page's Kerberos (issue 15): a negotiate connection saved with the server's
 * ticket cache or with a client keytab, and its Test performing a real authenticated recorded
 * read against the mock with `--auth negotiate` in a scratch MIT realm.
 */
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { scratchRealmUnavailable, startScratchRealm, type ScratchRealm } from '../connector/test-support/scratch-realm';
import { spawnCliMock, type CliMock } from '../connector/test-support/spawn-cli-mock';
import { connectionInput } from '../api-contract';
import { externalTarget, resetConnection, saveConnection } from './connection-store';
import { testConnection } from './test-connection';

const unavailable = scratchRealmUnavailable();
if (unavailable !== null) console.warn(`[connection-negotiate.int] skipped: no Kerberos KDC here (${unavailable})`);

const KERBEROS_VARIABLES = ['KRB5_CONFIG', 'KRB5CCNAME', 'KRB5_CLIENT_KTNAME'] as const;

describe.skipIf(unavailable !== null)('Connection page with Kerberos against a scratch realm', () => {
  let realm: ScratchRealm;
  let mock: CliMock;
  const saved = Object.fromEntries(KERBEROS_VARIABLES.map((name) => [name, process.env[name]]));

  beforeAll(async () => {
    realm = await startScratchRealm();
    const mockEnv: NodeJS.ProcessEnv = { ...process.env, ...realm.env, KRB5_KTNAME: `FILE:${realm.serviceKeytab}` };
    delete mockEnv.KRB5CCNAME;
    mock = await spawnCliMock(['--tags', '128', '--auth', 'negotiate'], mockEnv);
    // The dashboard's server process: the realm's config and the account's ticket cache (kinit).
    process.env.KRB5_CONFIG = realm.env.KRB5_CONFIG;
    process.env.KRB5CCNAME = await realm.kinit('dashboard');
    delete process.env.KRB5_CLIENT_KTNAME;
  }, 60_000);

  afterAll(async () => {
    resetConnection();
    for (const [name, value] of Object.entries(saved)) {
      if (value === undefined) delete process.env[name];
      else process.env[name] = value;
    }
    await mock?.stop();
    await realm?.stop();
  });

  async function saveAndTest(body: unknown) {
    const view = saveConnection(connectionInput.parse(body));
    if (!view.ok) throw new Error(view.error.message);
    const target = externalTarget();
    if (!target.ok) throw new Error(target.error.message);
    return { view: view.value, result: await testConnection(target.value) };
  }

  it("reads with the server's ticket cache, no secret saved", async () => {
    const { view, result } = await saveAndTest({ url: mock.urlFor('localhost'), auth: 'negotiate' });
    expect(view).toMatchObject({ auth: 'negotiate', hasSecret: false, kerberos: { principal: null, keytab: null, spn: null } });
    expect(result).toMatchObject({ ok: true, endpoint: mock.urlFor('localhost') });
    expect(result.ok && result.values).toBeGreaterThan(0);
  }, 30_000);

  it('reads with a client keytab and principal, and names a principal the keytab lacks', async () => {
    const good = await saveAndTest({ url: mock.urlFor('localhost'), auth: 'negotiate', kerberos: { principal: realm.userPrincipal, keytab: realm.userKeytab } });
    expect(good.view.kerberos).toEqual({ principal: realm.userPrincipal, keytab: realm.userKeytab, spn: null });
    expect(good.result.ok).toBe(true);
    const missing = await saveAndTest({ url: mock.urlFor('localhost'), auth: 'negotiate', kerberos: { principal: 'nobody@PI.TEST', keytab: realm.userKeytab } });
    expect(missing.result).toMatchObject({ ok: false, code: 'negotiate' });
    expect(!missing.result.ok && missing.result.message).toMatch(/No Kerberos ticket/);
  }, 30_000);

  it('goes back to the ticket cache after a keytab, and names a wrong SPN', async () => {
    const again = await saveAndTest({ url: mock.urlFor('localhost'), auth: 'negotiate' });
    expect(again.result.ok).toBe(true);
    const wrong = await saveAndTest({ url: mock.urlFor('localhost'), auth: 'negotiate', kerberos: { spn: 'HTTP@pi-nowhere' } });
    expect(wrong.result).toMatchObject({ ok: false, code: 'negotiate' });
    expect(!wrong.result.ok && wrong.result.message).toMatch(/Unknown Kerberos service principal HTTP@pi-nowhere/);
  }, 30_000);

  it.each([
    [{ keytab: 'relative/svc.keytab' }, 'kerberos.keytab'],
    [{ principal: 'two words@X' }, 'kerberos.principal'],
    [{ spn: 'not an spn' }, 'kerberos.spn'],
  ])('rejects %j naming %s', (kerberos, field) => {
    const parsed = connectionInput.safeParse({ url: 'https://pi.example.com/piwebapi', auth: 'negotiate', kerberos });
    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues.map((i) => i.path.join('.'))).toEqual([field]);
  });

  it('keeps a path and SPN out of nothing secret: a negotiate view holds no password', () => {
    const file = join(realm.dir, 'x.keytab');
    const view = saveConnection(connectionInput.parse({ url: mock.urlFor('localhost'), auth: 'negotiate', password: 'ignored', kerberos: { keytab: file } }));
    expect(view.ok && view.value.hasSecret).toBe(false);
    expect(JSON.stringify(view)).not.toContain('ignored');
  });
});
