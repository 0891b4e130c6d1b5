import { afterEach, describe, expect, it } from 'vitest';
import { parseEnvOrThrow } from '../env';
import { connectionInput } from '../api-contract';
import { connectionFromEnv, connectionView, externalTarget, resetConnection, saveConnection } from './connection-store';

afterEach(() => {
  resetConnection();
});

describe('connection settings', () => {
  it('start empty without PI_BASE_URL: runs use the embedded mock', () => {
    expect(connectionView()).toEqual({ url: null, auth: 'none', user: null, hasSecret: false, source: 'none' });
    expect(externalTarget()).toMatchObject({ ok: false, error: { field: 'target' } });
  });

  it('take a default from the PI_* environment', () => {
    const env = parseEnvOrThrow({ PI_BASE_URL: 'https://pi.example.com/piwebapi', PI_AUTH: 'basic', PI_USER: 'svc', PI_PASSWORD: 's3cret' });
    expect(connectionFromEnv(env)).toEqual({
      url: 'https://pi.example.com/piwebapi',
      auth: 'basic',
      user: 'svc',
      secret: 's3cret',
      secretOrigin: 'https://pi.example.com',
      source: 'env',
    });
    const bearer = parseEnvOrThrow({ PI_BASE_URL: 'https://pi.example.com/piwebapi', PI_AUTH: 'bearer', PI_TOKEN: 'tok' });
    expect(connectionFromEnv(bearer)?.secret).toBe('tok');
  });

  it('never show the secret, only that one is held', () => {
    const saved = saveConnection(connectionInput.parse({ url: 'https://pi.example.com/piwebapi', auth: 'basic', user: 'svc', password: 's3cret' }));
    expect(saved).toEqual({ ok: true, value: { url: 'https://pi.example.com/piwebapi', auth: 'basic', user: 'svc', hasSecret: true, source: 'saved' } });
    expect(JSON.stringify(connectionView())).not.toContain('s3cret');
    expect(externalTarget()).toEqual({ ok: true, value: { baseUrl: 'https://pi.example.com/piwebapi', auth: { mode: 'basic', user: 'svc', password: 's3cret' } } });
  });

  it('forget the saved server and its secret, so a later PUT cannot reuse it', () => {
    saveConnection(connectionInput.parse({ url: 'https://a.example.com/piwebapi', auth: 'bearer', token: 'tok' }));
    expect(resetConnection()).toEqual({ url: null, auth: 'none', user: null, hasSecret: false, source: 'none' });
    expect(externalTarget()).toMatchObject({ ok: false, error: { field: 'target' } });
    expect(saveConnection(connectionInput.parse({ url: 'https://a.example.com/piwebapi', auth: 'bearer' }))).toMatchObject({ ok: false, error: { field: 'token' } });
  });

  it('keep the saved secret when a PUT of the same mode and origin leaves it out', () => {
    saveConnection(connectionInput.parse({ url: 'https://a.example.com/piwebapi', auth: 'bearer', token: 'tok' }));
    expect(saveConnection(connectionInput.parse({ url: 'https://A.example.com:443/other', auth: 'bearer' })).ok).toBe(true);
    expect(externalTarget()).toEqual({ ok: true, value: { baseUrl: 'https://A.example.com:443/other', auth: { mode: 'bearer', token: 'tok' } } });
  });

  // Issue 11, finding 1: these PUTs kept the secret and the next test sent it to the new URL.
  it.each([
    ['another host', 'https://b.example.com/piwebapi', 'https://b.example.com'],
    ['another port', 'https://a.example.com:8443/piwebapi', 'https://a.example.com:8443'],
    ['another scheme', 'http://a.example.com/piwebapi', 'http://a.example.com'],
  ])('drop the saved secret when a PUT moves the URL to %s without a new one', (_name, url, origin) => {
    saveConnection(connectionInput.parse({ url: 'https://a.example.com/piwebapi', auth: 'bearer', token: 'tok' }));
    expect(saveConnection(connectionInput.parse({ url, auth: 'bearer' }))).toEqual({
      ok: false,
      error: { field: 'token', message: `required for bearer auth: the saved one belongs to https://a.example.com, not ${origin}` },
    });
    expect(externalTarget()).toEqual({ ok: true, value: { baseUrl: 'https://a.example.com/piwebapi', auth: { mode: 'bearer', token: 'tok' } } });
  });

  it('bind a secret from the environment to PI_BASE_URL\'s origin', () => {
    const env = parseEnvOrThrow({ PI_BASE_URL: 'https://pi.example.com/piwebapi', PI_AUTH: 'basic', PI_USER: 'svc', PI_PASSWORD: 's3cret' });
    resetConnection(env);
    expect(saveConnection(connectionInput.parse({ url: 'https://elsewhere.example.com/piwebapi', auth: 'basic', user: 'svc' }))).toMatchObject({
      ok: false,
      error: { field: 'password' },
    });
    expect(saveConnection(connectionInput.parse({ url: 'https://pi.example.com/piwebapi', auth: 'basic', user: 'svc' })).ok).toBe(true);
  });

  it('name the missing secret when there is none to keep', () => {
    saveConnection(connectionInput.parse({ url: 'https://a.example.com/piwebapi', auth: 'bearer', token: 'tok' }));
    expect(saveConnection(connectionInput.parse({ url: 'https://a.example.com/piwebapi', auth: 'basic', user: 'svc' }))).toEqual({
      ok: false,
      error: { field: 'password', message: 'required for basic auth (none is saved yet)' },
    });
  });

  it.each([
    [{ url: 'not a url', auth: 'none' }, 'url'],
    [{ url: 'ftp://pi.example.com/piwebapi', auth: 'none' }, 'url'],
    [{ url: 'https://svc:pw@pi.example.com/piwebapi', auth: 'none' }, 'url'],
    [{ url: 'https://pi.example.com/piwebapi', auth: 'kerberos' }, 'auth'],
    [{ url: 'https://pi.example.com/piwebapi', auth: 'basic', password: 'pw' }, 'user'],
  ])('reject %j naming %s', (body, field) => {
    const parsed = connectionInput.safeParse(body);
    expect(parsed.success).toBe(false);
    if (!parsed.success) expect(parsed.error.issues.map((i) => i.path.join('.'))).toEqual([field]);
  });
});
