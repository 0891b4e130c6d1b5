/**
 * POST /api/connection/test behind the route: tests the saved external server, or the embedded
 * mock's listener, with the same one-read check. Without a target: external when configured.
 * The external URL's address is checked again first (issue 11, finding 3): its name may point
 * somewhere else now than when it was saved.
 */
import { ensureListener } from '../pi-mock';
import { err, ok, type Result } from '../result';
import { checkTargetAddress } from './check-target-address';
import type { ConnectionTestResult } from '../api-contract';
import { connectionView, externalTarget, type ConnectionIssue } from './connection-store';
import { describeTestFailure } from './describe-test-failure';
import { lookupAllAddresses, type LookupAll } from './host-lookup';
import { testConnection } from './test-connection';

export async function testConfiguredConnection(
  target: 'embedded' | 'external' | undefined,
  signal?: AbortSignal,
  lookupAll: LookupAll = lookupAllAddresses,
): Promise<Result<ConnectionTestResult, ConnectionIssue>> {
  const chosen = target ?? (connectionView().url !== null ? 'external' : 'embedded');
  if (chosen === 'embedded') return ok(await testConnection({ baseUrl: await ensureListener(), auth: { mode: 'none' } }, signal, 'embedded'));
  const external = externalTarget();
  if (!external.ok) return err(external.error);
  const endpoint = external.value.baseUrl;
  const source = connectionView().source === 'env' ? 'env' : 'saved';
  const address = await checkTargetAddress(endpoint, lookupAll);
  if (!address.ok) {
    if (address.error.kind === 'blocked') return err(address.error.issue);
    // Not connecting is the answer a failed lookup gets: a second lookup by the connector could resolve elsewhere.
    const unreachable = { kind: 'unreachable', url: endpoint, code: address.error.code } as const;
    return ok({ ok: false, endpoint, code: 'unreachable', message: describeTestFailure(unreachable, source) });
  }
  return ok(await testConnection(external.value, signal, source));
}
