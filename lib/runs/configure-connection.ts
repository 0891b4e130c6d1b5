/**
 * PUT /api/connection behind the route: the URL's address is checked (issue 11, finding 3),
 * then the settings are stored with their secret bound to the URL's origin (connection-store.ts).
 */
import { err, type Result } from '../result';
import { checkTargetAddress } from './check-target-address';
import type { ConnectionInput, ConnectionView } from '../api-contract';
import { saveConnection, type ConnectionIssue } from './connection-store';
import { lookupAllAddresses, type LookupAll } from './host-lookup';

export async function configureConnection(input: ConnectionInput, lookupAll: LookupAll = lookupAllAddresses): Promise<Result<ConnectionView, ConnectionIssue>> {
  const address = await checkTargetAddress(input.url, lookupAll);
  // A name that does not resolve yet may still be right (VPN down, DNS not updated): it is saved,
  // and the check before each connection refuses it until it resolves to an allowed address.
  if (!address.ok && address.error.kind === 'blocked') return err(address.error.issue);
  return saveConnection(input);
}
