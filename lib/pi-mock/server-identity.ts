/**
 * Names and GUIDs of a world's servers, one Data Archive and one AF server per tier, as a real site
 * would run them: a connector that lands several tiers into one store sees WebIDs unique to their
 * server. Derived from the tier grid alone, so they survive restarts and need no storage.
 */
import { createHash } from 'node:crypto';
import type { TierLayout } from '../tiers';

export interface ServerRef {
  readonly name: string;
  /** Lower-case 8-4-4-4-12, as decodeGuid returns it (so decoded WebIDs compare with ===). */
  readonly guid: string;
  /** `\\NAME`, or `\\AFSERVER\DATABASE` for the database. */
  readonly path: string;
}

export interface ServerIdentity {
  readonly dataServer: ServerRef;
  readonly assetServer: ServerRef;
  readonly database: ServerRef;
}

const DATABASE_NAME = 'Production';

// RFC 4122 §4.3 name-based UUIDs need a namespace; this one is the mock's own, fixed forever
// (changing it changes every WebID the mock has ever served).
const NAMESPACE = Buffer.from('6f1d2c8a4b3e4f5a9c7d0e1f2a3b4c5d', 'hex');

/** Version-5 UUID of `kind:name`; `kind` keeps a data server and an AF server of one name apart. */
export function nameBasedGuid(kind: string, name: string): string {
  const hash = createHash('sha1').update(NAMESPACE).update(`${kind}:${name}`, 'utf8').digest();
  hash[6] = (hash[6]! & 0x0f) | 0x50;
  hash[8] = (hash[8]! & 0x3f) | 0x80;
  const h = hash.subarray(0, 16).toString('hex');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
}

export function serverIdentityFor(layout: TierLayout): ServerIdentity {
  const dataName = `PISRV-T${layout.tagCount}`;
  const assetName = `AFSRV-T${layout.tagCount}`;
  // Every tier's database is called Production: its GUID hangs on the server's name to stay unique.
  const databaseKey = `${assetName}\\${DATABASE_NAME}`;
  return {
    dataServer: { name: dataName, guid: nameBasedGuid('PIDataServer', dataName), path: `\\\\${dataName}` },
    assetServer: { name: assetName, guid: nameBasedGuid('AFServer', assetName), path: `\\\\${assetName}` },
    database: { name: DATABASE_NAME, guid: nameBasedGuid('AFDatabase', databaseKey), path: `\\\\${databaseKey}` },
  };
}
