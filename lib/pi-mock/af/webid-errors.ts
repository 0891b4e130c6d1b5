/**
 * The 4xx answers for AF and event-frame WebIDs and paths: malformed and wrong-type WebIDs are
 * worded by http/require-webid.ts (as for points), unknown objects are 404s naming what was asked.
 */
import type { DecodedWebId, OwnerMarker, WebIdMarker } from '../../pi-contract';
import { badRequest, notFound, type PiRequestError } from '../http/pi-error';
import { markerName, requireWebId } from '../http/require-webid';
import type { ServerIdentity } from '../server-identity';

/** 400 unless the WebID is well formed and names the expected kind of object (and attribute owner). */
export function requireAfWebId(webId: string, marker: WebIdMarker, owners?: readonly OwnerMarker[]): DecodedWebId {
  const decoded = requireWebId(webId, [marker]);
  if (owners && (!decoded.ownerMarker || !owners.includes(decoded.ownerMarker))) {
    const wanted = owners.map((o) => (o === 'E' ? 'element' : 'event frame')).join(' or ');
    throw badRequest(`The WebID '${webId}' identifies an attribute that is not owned by an ${wanted}.`);
  }
  return decoded;
}

function withArticle(noun: string): string {
  return `${/^[aeiou]/i.test(noun) ? 'An' : 'A'} ${noun}`;
}

export function notFoundByWebId(marker: WebIdMarker, webId: string): PiRequestError {
  return notFound(`${withArticle(markerName(marker))} with WebID '${webId}' was not found.`);
}

export function notFoundByPath(marker: WebIdMarker, path: string): PiRequestError {
  return notFound(`${withArticle(markerName(marker))} with path '${path}' was not found.`);
}

export function requiredParameter(name: string, example: string): PiRequestError {
  return badRequest(`The parameter '${name}' is required, e.g. ${name}=${example}.`);
}

/**
 * The object GUIDs after the server GUID (Full/IDOnly: checked to be this world's asset server;
 * Local/Default IDOnly carry none), or null for PathOnly, or 'foreign' when the server GUID is another's.
 */
export function objectGuidsOf(id: ServerIdentity, decoded: DecodedWebId): string[] | null | 'foreign' {
  if (decoded.type === 'PathOnly') return null;
  if (decoded.type === 'LocalIDOnly' || decoded.type === 'DefaultIDOnly') return decoded.guids;
  if (decoded.guids[0] !== id.assetServer.guid) return 'foreign';
  return decoded.guids.slice(1);
}
