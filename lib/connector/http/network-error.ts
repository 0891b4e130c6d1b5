/**
 * Maps what undici or Node threw into a ConnectorError plus a retry verdict. Only the error's
 * `code` is read, never its message (STYLE §6): messages change between versions and may echo
 * request details.
 */
import type { ConnectorError } from '../errors';

/** How many attempts a failure deserves: the policy's, a few, or none. */
export type NetworkRetry = 'policy' | 'few' | 'none';

/** Mid-exchange breakage on a server that was reachable: another attempt usually succeeds. */
const TRANSIENT_CODES: ReadonlySet<string> = new Set([
  'ECONNRESET',
  'EPIPE',
  'ECONNABORTED',
  'ETIMEDOUT',
  'UND_ERR_SOCKET',
  'UND_ERR_RES_CONTENT_LENGTH_MISMATCH',
  'UND_ERR_CONNECT_TIMEOUT',
  'UND_ERR_HEADERS_TIMEOUT',
  'UND_ERR_BODY_TIMEOUT',
]);

/** Usually a wrong address or a server that is down; a restart may fix it, so try a few times. */
const FEW_CODES: ReadonlySet<string> = new Set(['ECONNREFUSED', 'EHOSTUNREACH', 'ENETUNREACH', 'EAI_AGAIN']);

const TIMEOUT_PHASES: Readonly<Record<string, 'connect' | 'headers' | 'body'>> = {
  UND_ERR_CONNECT_TIMEOUT: 'connect',
  UND_ERR_HEADERS_TIMEOUT: 'headers',
  UND_ERR_BODY_TIMEOUT: 'body',
};

function stringCode(value: unknown): string | undefined {
  if (typeof value !== 'object' || value === null || !('code' in value)) return undefined;
  return typeof value.code === 'string' ? value.code : undefined;
}

/**
 * The error's string code; falls back to its `cause` and to the first member of an
 * AggregateError (Node's happy-eyeballs connect reports one per address). 'UNKNOWN' otherwise.
 */
export function errorCodeOf(thrown: unknown): string {
  const direct = stringCode(thrown);
  if (direct !== undefined) return direct;
  if (typeof thrown === 'object' && thrown !== null) {
    if ('cause' in thrown) {
      const fromCause = stringCode(thrown.cause);
      if (fromCause !== undefined) return fromCause;
    }
    if ('errors' in thrown && Array.isArray(thrown.errors)) {
      const fromMember = stringCode(thrown.errors[0]);
      if (fromMember !== undefined) return fromMember;
    }
  }
  return 'UNKNOWN';
}

export function classifyNetworkError(code: string, url: string): { error: ConnectorError; retry: NetworkRetry } {
  if (code === 'UND_ERR_ABORTED' || code === 'ABORT_ERR') return { error: { kind: 'aborted', url }, retry: 'none' };
  const phase = TIMEOUT_PHASES[code];
  const error: ConnectorError = phase !== undefined ? { kind: 'timeout', url, phase } : { kind: 'unreachable', url, code };
  const retry: NetworkRetry = TRANSIENT_CODES.has(code) ? 'policy' : FEW_CODES.has(code) ? 'few' : 'none';
  return { error, retry };
}
