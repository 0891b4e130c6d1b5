import { describe, expect, it } from 'vitest';
import { classifyGssMessage } from './negotiate-reason';

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
