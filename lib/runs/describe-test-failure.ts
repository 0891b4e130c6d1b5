/**
 * What a failed "Test connection" tells the presenter on the Connection page. The connector's own
 * wording (lib/connector/errors.ts) points at PI_BASE_URL and PI_AUTH, the CLI's settings; here
 * the URL and credentials usually come from the form on the page, so the advice names what was
 * actually used: the saved form, the server's PI_* environment, or the embedded mock.
 */
import type { ConnectorError } from '../connector';
import { boundRemoteText, describeRemoteFailure } from './remote-text';

/** Where the tested server's settings came from. */
export type TestedSource = 'saved' | 'env' | 'embedded';

const WHERE_URL: Record<TestedSource, string> = {
  saved: 'the PI Web API URL saved on this page',
  env: 'PI_BASE_URL in the server environment',
  embedded: 'the server log: the embedded mock did not answer',
};

const WHERE_CREDENTIALS: Record<Exclude<TestedSource, 'embedded'>, string> = {
  saved: 'the authentication, user and password or token saved on this page',
  env: 'PI_AUTH, PI_USER/PI_PASSWORD or PI_TOKEN in the server environment',
};

/** Advice by the undici / Node error code; one without a known cause gets the generic check list. */
function unreachableAdvice(code: string, where: string): string {
  if (/CERT|TLS|SSL/.test(code)) {
    return `the server's TLS certificate is not trusted; use the host name it was issued for, or start the server with NODE_EXTRA_CA_CERTS naming its CA`;
  }
  switch (code) {
    case 'ERR_ADDRESS_REFUSED':
      return 'the host name resolves to a link-local or cloud metadata address, which the dashboard never connects to';
    case 'ECONNREFUSED':
      return `nothing is listening at that host and port; check ${where}`;
    case 'ENOTFOUND':
      return `the host name does not resolve; check ${where}`;
    case 'EAI_AGAIN':
      return `the DNS lookup failed for now; check the network, then ${where}`;
    case 'EHOSTUNREACH':
    case 'ENETUNREACH':
      return `there is no route to the host; check the network, VPN or firewall, then ${where}`;
    case 'ECONNRESET':
      return `the server or a proxy reset the connection; check ${where} (http or https?)`;
    default:
      return `check ${where}, the network and any VPN or firewall`;
  }
}

export function describeTestFailure(error: ConnectorError, source: TestedSource): string {
  switch (error.kind) {
    case 'unreachable':
      return `Cannot reach the PI Web API at ${error.url} (${error.code}): ${unreachableAdvice(error.code, WHERE_URL[source])}`;
    case 'unauthorized':
      if (error.status === 401 && source !== 'embedded') {
        return `The PI Web API at ${error.url} refused the credentials (401): ${boundRemoteText(error.message)}. Check ${WHERE_CREDENTIALS[source]}`;
      }
      return describeRemoteFailure(error);
    default:
      // Timeouts, HTTP errors, contract mismatches and cancels name no setting: the connector's text fits.
      return describeRemoteFailure(error);
  }
}
