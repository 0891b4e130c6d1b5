/**
 * Every client the dashboard opens on a presenter's behalf: the target's URL and credentials, and
 * sockets that refuse link-local and metadata addresses on every DNS answer (a name checked when
 * it was saved may point elsewhere by the time a run connects).
 */
import { PiClient, type PiAuth, type PiClientOptions } from '../connector';
import { blockedAddressReason } from './blocked-address';

export function targetClient(target: { baseUrl: string; auth: PiAuth }, options: Omit<PiClientOptions, 'baseUrl' | 'auth' | 'refuseAddress'>): PiClient {
  return new PiClient({ ...options, baseUrl: target.baseUrl, auth: target.auth, refuseAddress: blockedAddressReason });
}
