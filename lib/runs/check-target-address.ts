/**
 * The connection URL's host, resolved, against the blocked addresses (blocked-address.ts). Run
 * when a URL is saved and again before each connection test or run, because a name can be
 * re-pointed between the two. Every address counts: a name that also resolves to a metadata
 * address could reach it on the connector's next attempt.
 */
import { isIP } from 'node:net';
import { err, ok, type Result } from '../result';
import { blockedAddressReason } from './blocked-address';
import type { ConnectionIssue } from './connection-store';
import { lookupAllAddresses, type LookupAll } from './host-lookup';

export type TargetAddressFailure =
  /** A 400 naming `url`. */
  | { kind: 'blocked'; issue: ConnectionIssue }
  /** The name does not resolve now; whether that is fatal is the caller's call. */
  | { kind: 'unresolved'; hostname: string; code: string };

/** `url` must be an absolute http(s) URL (the connection schema's job). */
export async function checkTargetAddress(url: string, lookupAll: LookupAll = lookupAllAddresses): Promise<Result<void, TargetAddressFailure>> {
  // WHATWG URL has already turned 2852039166 or 0xa9.0xfe.0xa9.0xfe into 169.254.169.254.
  const hostname = new URL(url).hostname.replace(/^\[|\]$/g, '');
  if (isIP(hostname) !== 0) {
    const reason = blockedAddressReason(hostname);
    if (reason === null) return ok(undefined);
    return err({ kind: 'blocked', issue: { field: 'url', message: `${hostname} is ${reason}; the dashboard does not connect there` } });
  }
  const resolved = await lookupAll(hostname);
  if (!resolved.ok) return err({ kind: 'unresolved', hostname, code: resolved.error.code });
  if (resolved.value.length === 0) return err({ kind: 'unresolved', hostname, code: 'ENOTFOUND' });
  for (const address of resolved.value) {
    const reason = blockedAddressReason(address);
    if (reason !== null) {
      return err({ kind: 'blocked', issue: { field: 'url', message: `${hostname} resolves to ${address}, ${reason}; the dashboard does not connect there` } });
    }
  }
  return ok(undefined);
}
