/**
 * Every address a host name resolves to, the way the connector's sockets will resolve it
 * (getaddrinfo via node:dns lookup, /etc/hosts included), so the address check sees what a
 * connection would reach. Injectable: tests resolve names to whatever they need.
 */
import { lookup } from 'node:dns/promises';
import { err, ok, type Result } from '../result';

export interface LookupFailure {
  /** ENOTFOUND, EAI_AGAIN, ETIMEOUT, ... */
  code: string;
}

export type LookupAll = (hostname: string) => Promise<Result<string[], LookupFailure>>;

/** getaddrinfo cannot be cancelled; past this the check answers for it rather than hang a request. */
const LOOKUP_TIMEOUT_MS = 5_000;

function codeOf(thrown: unknown): string {
  if (typeof thrown === 'object' && thrown !== null && 'code' in thrown && typeof thrown.code === 'string') return thrown.code;
  return 'UNKNOWN';
}

export const lookupAllAddresses: LookupAll = async (hostname) => {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<Result<string[], LookupFailure>>((resolve) => {
    timer = setTimeout(() => resolve(err({ code: 'ETIMEOUT' })), LOOKUP_TIMEOUT_MS);
  });
  const resolved = lookup(hostname, { all: true, verbatim: true }).then(
    (addresses): Result<string[], LookupFailure> => ok(addresses.map((a) => a.address)),
    (thrown: unknown): Result<string[], LookupFailure> => err({ code: codeOf(thrown) }),
  );
  try {
    return await Promise.race([resolved, timeout]);
  } finally {
    clearTimeout(timer);
  }
};
