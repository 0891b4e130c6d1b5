/**
 * Why Kerberos (Negotiate) authentication failed, and the one line a human acts on. GSSAPI gives
 * the `kerberos` binding only display text (no codes), so the GSS/krb5 messages are classified by
 * the fixed phrases MIT krb5 prints for each condition.
 */

export type NegotiateReason =
  /** The optional `kerberos` package is absent or did not build. */
  | 'not-installed'
  /** No ticket in KRB5CCNAME and no usable client keytab. */
  | 'no-ticket'
  /** The KDC or the server refused our authenticator's time. */
  | 'clock-skew'
  /** The KDC knows no such service principal (or no such realm path to it). */
  | 'unknown-spn'
  /** The server answered 401 without offering Negotiate. */
  | 'not-offered'
  /** The server's mutual-authentication token is missing or does not verify. */
  | 'mutual-auth'
  /** The server refused a token we sent (401 again after it). */
  | 'rejected'
  /** Any other GSSAPI failure. */
  | 'gss';

export interface NegotiateFailureInfo {
  url: string;
  reason: NegotiateReason;
  /** Library or server text, already free of secrets (tokens never enter it). */
  detail: string;
  /** The service principal the token was for, e.g. HTTP@pi.example.com. */
  spn: string;
}

const PATTERNS: ReadonlyArray<[RegExp, NegotiateReason]> = [
  [/clock skew too great/i, 'clock-skew'],
  [/not found in kerberos database|server not found|unknown server|cannot find KDC for realm/i, 'unknown-spn'],
  [/no credentials were supplied|no kerberos credentials|credentials cache .* not found|no credentials cache|cannot find mechanisms to negotiate|client not found in kerberos database/i, 'no-ticket'],
];

/** The reason a GSSAPI error message names; 'gss' when none matches. */
export function classifyGssMessage(message: string): NegotiateReason {
  for (const [pattern, reason] of PATTERNS) if (pattern.test(message)) return reason;
  return 'gss';
}

/** One line naming the failure and the fix, for the CLI and the dashboard alike. */
export function describeNegotiateFailure(e: NegotiateFailureInfo, credentialsWhere: string): string {
  const detail = e.detail ? ` (${e.detail})` : '';
  switch (e.reason) {
    case 'not-installed':
      // The loader's message already names the cause and the apt line that fixes it.
      return e.detail || 'Kerberos is not installed here';
    case 'no-ticket':
      return `No Kerberos ticket for ${e.url}${detail}: run kinit (ticket cache KRB5CCNAME) or give a client keytab (KRB5_CLIENT_KTNAME, optional PI_KRB5_PRINCIPAL) in ${credentialsWhere}`;
    case 'clock-skew':
      return `Kerberos clock skew too great for ${e.url}${detail}: this machine's clock differs from the KDC's (or the PI server's) by more than the allowed skew (5 minutes by default); synchronise the clocks (NTP)`;
    case 'unknown-spn':
      return `Unknown Kerberos service principal ${e.spn} for ${e.url}${detail}: the KDC has no such SPN; register HTTP/<host> on the PI Web API service account (setspn) or set PI_SPN to the registered one`;
    case 'not-offered':
      return `The server at ${e.url} does not offer Negotiate (Kerberos)${detail}: enable Kerberos in PI Web API's AuthenticationMethods or choose an offered scheme`;
    case 'mutual-auth':
      return `The server at ${e.url} failed Kerberos mutual authentication${detail}: it could not prove it holds the key of ${e.spn}; check the SPN and the service account`;
    case 'rejected':
      return `The server at ${e.url} rejected the Kerberos token for ${e.spn}${detail}: check the SPN, the service account's keytab and the account's access`;
    case 'gss':
      return `Kerberos failed for ${e.url}${detail}`;
  }
}
