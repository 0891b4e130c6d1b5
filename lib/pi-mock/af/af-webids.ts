/** WebIDs of AF objects in any requested WebID type (contract §2.2: server GUID first, then owner/object). */
import { encodeWebId, type WebIdType } from '../../pi-contract/webid';
import type { TierLayout } from '../../tiers';
import { ASSET_DATABASE_GUID, ASSET_SERVER_GUID, ASSET_SERVER_NAME } from '../identity';
import { elementAttributeGuid } from './element-attributes';
import { DATABASE_PATH, elementGuid, elementPath, type ElementRef } from './hierarchy';
import { CATEGORIES, categoryGuid, categoryPath, templateGuid, templatePath, TEMPLATES } from './templates';

// WebIDs of the fixed objects are linked from every element and frame: encode each once per type.
const fixed = new Map<string, string>();
function memo(key: string, encode: () => string): string {
  let webId = fixed.get(key);
  if (webId === undefined) fixed.set(key, (webId = encode()));
  return webId;
}

export function assetServerWebId(type: WebIdType): string {
  return memo(`RS:${type}`, () => encodeWebId({ marker: 'RS', guids: [ASSET_SERVER_GUID], path: ASSET_SERVER_NAME }, type));
}

export function databaseWebId(type: WebIdType): string {
  return memo(`RD:${type}`, () =>
    encodeWebId({ marker: 'RD', guids: [ASSET_SERVER_GUID, ASSET_DATABASE_GUID], path: DATABASE_PATH }, type),
  );
}

export function elementWebId(layout: TierLayout, ref: ElementRef, type: WebIdType): string {
  return encodeWebId({ marker: 'Em', guids: [ASSET_SERVER_GUID, elementGuid(ref)], path: elementPath(layout, ref) }, type);
}

export function elementAttributeWebId(layout: TierLayout, ref: ElementRef, index: number, name: string, type: WebIdType): string {
  return encodeWebId(
    {
      marker: 'Ab',
      ownerMarker: 'E',
      guids: [ASSET_SERVER_GUID, elementGuid(ref), elementAttributeGuid(ref, index)],
      path: `${elementPath(layout, ref)}|${name}`,
    },
    type,
  );
}

export function templateWebId(index: number, type: WebIdType): string {
  const t = TEMPLATES[index];
  if (!t) throw new RangeError(`no element template ${index}`);
  return memo(`ET${index}:${type}`, () =>
    encodeWebId({ marker: 'ET', guids: [ASSET_SERVER_GUID, templateGuid(index)], path: templatePath(t) }, type),
  );
}

export function categoryWebId(index: number, type: WebIdType): string {
  const c = CATEGORIES[index];
  if (!c) throw new RangeError(`no element category ${index}`);
  return memo(`EC${index}:${type}`, () =>
    encodeWebId({ marker: 'EC', guids: [ASSET_SERVER_GUID, categoryGuid(index)], path: categoryPath(c) }, type),
  );
}
