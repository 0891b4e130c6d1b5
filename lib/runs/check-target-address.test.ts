import { describe, expect, it } from 'vitest';
import { err, ok } from '../result';
import { checkTargetAddress } from './check-target-address';
import { lookupAllAddresses, type LookupAll } from './host-lookup';

/** Resolves every name to these addresses, and records which names were asked. */
function resolvingTo(...addresses: string[]): LookupAll & { asked: string[] } {
  const asked: string[] = [];
  const lookupAll = async (hostname: string) => {
    asked.push(hostname);
    return ok(addresses);
  };
  return Object.assign(lookupAll, { asked });
}

describe('checkTargetAddress', () => {
  it.each([
    ['http://169.254.169.254/latest/meta-data', '169.254.169.254 is a link-local address'],
    // WHATWG URL turns decimal and hex spellings into the dotted address before we see it.
    ['http://2852039166/piwebapi', '169.254.169.254 is a link-local address'],
    ['http://0xa9.0xfe.0xa9.0xfe/piwebapi', '169.254.169.254 is a link-local address'],
    ['http://[::ffff:169.254.169.254]/piwebapi', '::ffff:a9fe:a9fe is a link-local address'],
    ['http://[fe80::1]:8080/piwebapi', 'fe80::1 is a link-local IPv6 address'],
    ['https://[fd00:ec2::254]/piwebapi', 'fd00:ec2::254 is the AWS instance metadata service'],
  ])('refuses the address literal in %s without a lookup', async (url, start) => {
    const lookupAll = resolvingTo('10.0.0.1');
    const result = await checkTargetAddress(url, lookupAll);
    expect(result.ok).toBe(false);
    if (result.ok || result.error.kind !== 'blocked') throw new Error('expected blocked');
    expect(result.error.issue.field).toBe('url');
    expect(result.error.issue.message.startsWith(start)).toBe(true);
    expect(lookupAll.asked).toEqual([]);
  });

  it.each(['http://127.0.0.1:3000/piwebapi', 'http://[::1]/piwebapi', 'https://10.1.2.3/piwebapi', 'https://192.168.0.10/piwebapi'])(
    'allows %s',
    async (url) => {
      expect(await checkTargetAddress(url, resolvingTo('169.254.169.254'))).toEqual({ ok: true, value: undefined });
    },
  );

  it('refuses a name that resolves to a metadata address', async () => {
    const lookupAll = resolvingTo('169.254.169.254');
    expect(await checkTargetAddress('http://metadata.google.internal/computeMetadata/v1', lookupAll)).toEqual({
      ok: false,
      error: {
        kind: 'blocked',
        issue: {
          field: 'url',
          message:
            'metadata.google.internal resolves to 169.254.169.254, a link-local address (169.254.0.0/16, where cloud metadata services answer); the dashboard does not connect there',
        },
      },
    });
    expect(lookupAll.asked).toEqual(['metadata.google.internal']);
  });

  it('refuses a name when any one of its addresses is blocked', async () => {
    const result = await checkTargetAddress('https://pi.corp.example/piwebapi', resolvingTo('10.0.0.5', '::ffff:169.254.1.1'));
    expect(result).toMatchObject({ ok: false, error: { kind: 'blocked', issue: { field: 'url' } } });
  });

  it('allows a name on private and loopback addresses', async () => {
    expect((await checkTargetAddress('https://pi.corp.example/piwebapi', resolvingTo('10.0.0.5', 'fd12::5', '127.0.0.1'))).ok).toBe(true);
  });

  it('reports a name that does not resolve, or resolves to nothing', async () => {
    const failing: LookupAll = async () => err({ code: 'ENOTFOUND' });
    expect(await checkTargetAddress('https://pi.example.invalid/piwebapi', failing)).toEqual({
      ok: false,
      error: { kind: 'unresolved', hostname: 'pi.example.invalid', code: 'ENOTFOUND' },
    });
    expect(await checkTargetAddress('https://pi.corp.example/piwebapi', resolvingTo())).toMatchObject({ ok: false, error: { kind: 'unresolved' } });
  });
});

describe('lookupAllAddresses (node:dns)', () => {
  it('resolves localhost to loopback, which is allowed', async () => {
    const resolved = await lookupAllAddresses('localhost');
    expect(resolved.ok && resolved.value.length).toBeGreaterThan(0);
    expect(await checkTargetAddress('http://localhost:3000/piwebapi')).toEqual({ ok: true, value: undefined });
  });

  it('answers a code for a name that cannot exist', async () => {
    const resolved = await lookupAllAddresses('pi.example.invalid');
    expect(resolved.ok).toBe(false);
  });
});
