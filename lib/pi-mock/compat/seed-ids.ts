/**
 * The seed's literal ids (identity.ts SEED_IDS) as this world's WebIDs (issue 14, item 3). Its
 * tests and notebooks put `F1DP-Server-Primary` where a data server id goes (its mock ignores that
 * id) and `F1DP-DS-01` in the verification queries; both name the one Data Archive here. The
 * path is rewritten before routing, so no handler knows about compatibility.
 */
import { assetServerWebId, databaseWebId } from '../af/af-webids';
import { dataServerWebId } from '../core/data-server-webid';
import type { MockRequest } from '../http/types';
import { SEED_IDS } from '../identity';
import type { ServerIdentity } from '../server-identity';

type Collection = 'dataservers' | 'assetservers' | 'assetdatabases';

/** Literal id -> WebID, per collection the id may stand under (`/dataservers/{id}/...`). */
function literalWebId(identity: ServerIdentity, collection: Collection, literal: string): string | undefined {
  switch (collection) {
    case 'dataservers':
      return literal === SEED_IDS.dataServer || literal === SEED_IDS.assetServer ? dataServerWebId(identity.dataServer, 'Full') : undefined;
    case 'assetservers':
      return literal === SEED_IDS.assetServer ? assetServerWebId(identity, 'Full') : undefined;
    case 'assetdatabases':
      return literal === SEED_IDS.assetDatabase ? databaseWebId(identity, 'Full') : undefined;
  }
}

function isCollection(segment: string): segment is Collection {
  return segment === 'dataservers' || segment === 'assetservers' || segment === 'assetdatabases';
}

/** The request with a literal id in its `{webId}` segment replaced; the request itself otherwise. */
export function resolveSeedIds(identity: ServerIdentity, req: MockRequest): MockRequest {
  const segments = req.path.split('/');
  const collection = segments[1]?.toLowerCase() ?? '';
  const literal = segments[2];
  if (!isCollection(collection) || literal === undefined) return req;
  const webId = literalWebId(identity, collection, literal);
  if (webId === undefined) return req;
  segments[2] = webId;
  return { ...req, path: segments.join('/') };
}
