import { describe, expect, it } from 'vitest';
import { classifyGssMessage, describeNegotiateFailure } from './negotiate-reason';

describe('classifyGssMessage', () => {
  // Messages as MIT krb5 1.20 prints them through the kerberos binding (seen against a scratch realm).
  it.each([
    ['Unspecified GSS failure.  Minor code may provide more information: Clock skew too great', 'clock-skew'],
    ['Unspecified GSS failure.  Minor code may provide more information: Server HTTP/nohost@PI.TEST not found in Kerberos database', 'unknown-spn'],
    ['Unspecified GSS failure.  Minor code may provide more information: Server krbtgt/EXAMPLE.COM@PI.TEST not found in Kerberos database', 'unknown-spn'],
    ['No credentials were supplied, or the credentials were unavailable or inaccessible: SPNEGO cannot find mechanisms to negotiate', 'no-ticket'],
    ['No credentials were supplied, or the credentials were unavailable or inaccessible: No Kerberos credentials available (default cache: FILE:/tmp/x)', 'no-ticket'],
    ['Invalid token was supplied: Unknown error', 'gss'],
  ])('%s -> %s', (message, reason) => {
    expect(classifyGssMessage(message)).toBe(reason);
  });
});

describe('describeNegotiateFailure', () => {
  const base = { url: 'https://pi.example.com/piwebapi/dataservers', spn: 'HTTP@pi.example.com' };

  it('says once that Kerberos is missing, with the fix', () => {
    const detail = "Kerberos is not installed: the optional 'kerberos' package did not build or load (x). Fix: apt-get install -y libkrb5-dev";
    expect(describeNegotiateFailure({ ...base, reason: 'not-installed', detail }, 'the environment')).toBe(detail);
  });

  it.each([
    ['no-ticket', /^No Kerberos ticket for .*run kinit/],
    ['clock-skew', /^Kerberos clock skew too great .*NTP/],
    ['unknown-spn', /^Unknown Kerberos service principal HTTP@pi.example.com .*PI_SPN/],
    ['not-offered', /does not offer Negotiate/],
    ['mutual-auth', /failed Kerberos mutual authentication/],
  ] as const)('%s names the fix', (reason, text) => {
    expect(describeNegotiateFailure({ ...base, reason, detail: 'd' }, 'the environment')).toMatch(text);
  });
});
