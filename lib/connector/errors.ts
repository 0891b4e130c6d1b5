/**
 * Failures of a call to a PI Web API that a caller must handle (STYLE §6). Every variant names
 * the URL (origin + path + query, never credentials) so a message is actionable on its own.
 */
import { describeNegotiateFailure, type NegotiateReason } from './http/negotiate/negotiate-reason';

export type TimeoutPhase = 'connect' | 'headers' | 'body';

export type ConnectorError =
  /** No usable connection: `code` is the undici / Node error code (ECONNREFUSED, UND_ERR_SOCKET, ...). */
  | { kind: 'unreachable'; url: string; code: string }
  | { kind: 'timeout'; url: string; phase: TimeoutPhase }
  /** A non-2xx answer, or a 2xx body carrying a `WebException` (status = its StatusCode). */
  | { kind: 'http'; url: string; status: number; piErrors: string[] }
  /** 401, or 403 on a GET: the whole run must stop, retrying cannot help. */
  | { kind: 'unauthorized'; url: string; status: 401 | 403; message: string }
  /** The body is not the JSON the contract promises; `issues` is z.prettifyError output or a parse error. */
  | { kind: 'contract'; url: string; issues: string }
  | { kind: 'aborted'; url: string }
  /** Kerberos (Negotiate) could not authenticate: the run must stop, retrying cannot help. */
  | { kind: 'negotiate'; url: string; reason: NegotiateReason; detail: string; spn: string };

const MAX_DETAIL_CHARS = 400;

/** Hints keyed by error code; codes not listed get a generic hint. */
const UNREACHABLE_HINTS: Readonly<Record<string, string>> = {
  ECONNREFUSED: 'nothing is listening there; check the host and port in {url}',
  ENOTFOUND: 'the host name does not resolve; check {url}',
  ERR_ADDRESS_REFUSED: 'the host name resolves to a link-local or cloud metadata address, which is never connected to',
  EAI_AGAIN: 'DNS lookup failed temporarily; check the network or DNS server',
  EHOSTUNREACH: 'no route to the host; check the network, VPN or firewall',
  ENETUNREACH: 'the network is unreachable; check the network, VPN or firewall',
  ECONNRESET: 'the server or a proxy reset the connection',
  EPIPE: 'the server closed the connection while the request was being sent',
  UND_ERR_SOCKET: 'the connection closed before the response was complete',
  UND_ERR_RES_CONTENT_LENGTH_MISMATCH: 'the response ended before its announced Content-Length',
  DEPTH_ZERO_SELF_SIGNED_CERT: 'the server uses a self-signed TLS certificate; trust it via the client tls.ca option',
  SELF_SIGNED_CERT_IN_CHAIN: 'the TLS certificate chain ends in an untrusted self-signed CA; trust it via tls.ca',
  UNABLE_TO_VERIFY_LEAF_SIGNATURE: 'the TLS certificate is issued by an unknown CA; trust it via tls.ca',
  UNABLE_TO_GET_ISSUER_CERT_LOCALLY: 'the TLS certificate is issued by an unknown CA; trust it via tls.ca',
  CERT_HAS_EXPIRED: 'the server TLS certificate has expired',
  ERR_TLS_CERT_ALTNAME_INVALID: 'the TLS certificate does not name this host; use the name it was issued for',
  UND_ERR_DESTROYED: 'the client was already closed',
  UND_ERR_CLOSED: 'the client was already closed',
};

const TIMEOUT_WHAT: Readonly<Record<TimeoutPhase, string>> = {
  connect: 'did not accept a connection',
  headers: 'did not start answering',
  body: 'stopped sending the response body',
};

export interface DescribeOptions {
  /**
   * Where the server's URL and credentials were entered, when not the environment (PI_BASE_URL,
   * PI_AUTH ...): the CLI's hints name the variables, a dashboard's name its page instead.
   */
  configuredOn?: string;
}

/** Where the hint sends the reader to fix the URL and the credentials. */
function hintWords(configuredOn: string | undefined): { url: string; credentials: string } {
  return configuredOn === undefined
    ? { url: 'PI_BASE_URL', credentials: 'PI_AUTH, PI_USER/PI_PASSWORD or the bearer token' }
    : { url: `the URL saved on ${configuredOn}`, credentials: `the credentials saved on ${configuredOn}` };
}

/** Keeps a description on one line and bounded, whatever the server put in its error text. */
function oneLine(text: string): string {
  const flat = text.replace(/\s*[\r\n]+\s*/g, '; ').trim();
  return flat.length > MAX_DETAIL_CHARS ? `${flat.slice(0, MAX_DETAIL_CHARS)}…` : flat;
}

/** One line a human can act on. Built only from the error's fields, which never hold credentials. */
export function describeConnectorError(e: ConnectorError, { configuredOn }: DescribeOptions = {}): string {
  const words = hintWords(configuredOn);
  switch (e.kind) {
    case 'unreachable': {
      const hint = UNREACHABLE_HINTS[e.code] ?? 'check {url} and the network';
      return `Cannot reach the PI Web API at ${e.url} (${e.code}): ${hint.replace('{url}', words.url)}`;
    }
    case 'timeout':
      return `The PI Web API at ${e.url} ${TIMEOUT_WHAT[e.phase]} within the ${e.phase} timeout; the server may be overloaded or the request too large`;
    case 'http': {
      const details = e.piErrors.length > 0 ? oneLine(e.piErrors.join('; ')) : 'no error details in the body';
      return `The PI Web API answered ${e.status} for ${e.url}: ${details}`;
    }
    case 'unauthorized':
      return e.status === 401
        ? `The PI Web API at ${e.url} refused the credentials (401): ${oneLine(e.message)}. Check ${words.credentials}`
        : `The PI Web API at ${e.url} denied access (403): ${oneLine(e.message)}. The account lacks permission on this resource`;
    case 'contract':
      return `The response from ${e.url} does not match the PI Web API contract: ${oneLine(e.issues)}`;
    case 'aborted':
      return `The request to ${e.url} was cancelled`;
    case 'negotiate':
      return describeNegotiateFailure({ ...e, detail: oneLine(e.detail) }, configuredOn ?? 'the environment');
  }
}
