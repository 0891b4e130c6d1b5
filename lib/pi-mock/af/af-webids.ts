/** WebIDs of AF objects in any requested WebID type (contract §2.2: server GUID first, then owner/object). */
import { encodeWebId, type WebIdType } from '../../pi-contract';
import type { TierLayout } from '../../tiers';
import type { ServerIdentity } from '../server-identity';
import { elementAttributeGuid } from './element-attributes';
import { elementGuid, elementPath, type ElementRef } from './hierarchy';
import { CATEGORIES, categoryGuid, categoryPath, templateGuid, templatePath, TEMPLATES } from './templates';

// WebIDs of the fixed objects are linked from every element and frame: encode each once per type
// and server. Keyed by the world's identity object, so a dropped world takes its entries along.
const fixed = new WeakMap<ServerIdentity, Map<string, string>>();
function memo(id: ServerIdentity, key: string, encode: () => string): string {
  let perServer = fixed.get(id);
  if (perServer === undefined) fixed.set(id, (perServer = new Map()));
  let webId = perServer.get(key);
  if (webId === undefined) perServer.set(key, (webId = encode()));
  return webId;
}

export function assetServerWebId(id: ServerIdentity, type: WebIdType): string {
  const server = id.assetServer;
  return memo(id, `RS:${type}`, () => encodeWebId({ marker: 'RS', guids: [server.guid], path: server.path }, type));
}

export function databaseWebId(id: ServerIdentity, type: WebIdType): string {
  return memo(id, `RD:${type}`, () =>
    encodeWebId({ marker: 'RD', guids: [id.assetServer.guid, id.database.guid], path: id.database.path }, type),
  );
}

export function elementWebId(id: ServerIdentity, layout: TierLayout, ref: ElementRef, type: WebIdType): string {
  return encodeWebId({ marker: 'Em', guids: [id.assetServer.guid, elementGuid(ref)], path: elementPath(id, layout, ref) }, type);
}

/** The object that owns an attribute: an element (`E`) or an event frame (`F`). */
export interface AttributeOwner {
  marker: 'E' | 'F';
  guid: string;
  path: string;
}

/** An attribute's WebId, the same form for either owner: `Ab`, the owner's GUID then its own, path `owner|name`. */
export function attributeWebId(id: ServerIdentity, owner: AttributeOwner, attributeGuid: string, name: string, type: WebIdType): string {
  return encodeWebId(
    { marker: 'Ab', ownerMarker: owner.marker, guids: [id.assetServer.guid, owner.guid, attributeGuid], path: `${owner.path}|${name}` },
    type,
  );
}

export function elementAttributeWebId(
  id: ServerIdentity,
  layout: TierLayout,
  ref: ElementRef,
  index: number,
  name: string,
  type: WebIdType,
): string {
  const owner: AttributeOwner = { marker: 'E', guid: elementGuid(ref), path: elementPath(id, layout, ref) };
  return attributeWebId(id, owner, elementAttributeGuid(ref, index), name, type);
}

export function templateWebId(id: ServerIdentity, index: number, type: WebIdType): string {
  const t = TEMPLATES[index];
  if (!t) throw new RangeError(`no element template ${index}`);
  return memo(id, `ET${index}:${type}`, () =>
    encodeWebId({ marker: 'ET', guids: [id.assetServer.guid, templateGuid(index)], path: templatePath(id, t) }, type),
  );
}

export function categoryWebId(id: ServerIdentity, index: number, type: WebIdType): string {
  const c = CATEGORIES[index];
  if (!c) throw new RangeError(`no element category ${index}`);
  return memo(id, `EC${index}:${type}`, () =>
    encodeWebId({ marker: 'EC', guids: [id.assetServer.guid, categoryGuid(index)], path: categoryPath(id, c) }, type),
  );
}
