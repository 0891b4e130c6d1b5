/**
 * The service principal a Negotiate token is for: `HTTP@<host of the URL>` (GSS host-based
 * service name), as browsers and requests-kerberos build it, unless PI_SPN names another
 * (a PI Web API behind an alias whose SPN is registered on the real host name).
 */
export function servicePrincipalFor(url: string, override: string | undefined): string {
  if (override !== undefined && override.trim() !== '') return override.trim();
  const host = new URL(url).hostname.replace(/^\[|\]$/g, '');
  return `HTTP@${host.toLowerCase()}`;
}
