/**
 * A DNS lookup for the client's sockets that refuses addresses a policy names: a name checked
 * when it was saved can point elsewhere by the time a socket connects (DNS rebinding), so the
 * check is made again on the very addresses the connection will use.
 */
import { lookup, type LookupAddress, type LookupOptions } from 'node:dns';

/** Why the address must not be reached, or null when it may. */
export type AddressPolicy = (address: string) => string | null;

type LookupCallback = (error: NodeJS.ErrnoException | null, address: string | LookupAddress[], family?: number) => void;

export class RefusedAddressError extends Error {
  readonly code = 'ERR_ADDRESS_REFUSED';
  constructor(hostname: string, address: string, reason: string) {
    super(`${hostname} resolves to ${address}, which is ${reason}: not connecting`);
    this.name = 'RefusedAddressError';
  }
}

export function guardedLookup(policy: AddressPolicy) {
  return (hostname: string, options: LookupOptions, callback: LookupCallback): void => {
    lookup(hostname, { ...options, all: true }, (error, addresses) => {
      if (error) return callback(error, []);
      for (const { address } of addresses) {
        const reason = policy(address);
        if (reason !== null) return callback(new RefusedAddressError(hostname, address, reason), []);
      }
      if (options.all) return callback(null, addresses);
      const first = addresses[0];
      if (!first) return callback(Object.assign(new Error(`${hostname} resolves to no address`), { code: 'ENOTFOUND' }), []);
      callback(null, first.address, first.family);
    });
  };
}
