/**
 * WebID and path -> AF object of this world. The `...FromDecoded` functions answer null for
 * "no such object"; the `...OrThrow` ones turn every failure into the PI-style 4xx.
 */
import type { DecodedWebId } from '../../pi-contract';
import type { WorldFacts } from '../world-facts';
import type { AttributeDef } from './attribute-def';
import { parseAfPath } from './af-path';
import { elementAttributeFromGuid } from './element-attributes';
import { elementFromGuid, elementFromNames, isInLayout, type ElementRef } from './hierarchy';
import { GUID_KIND } from './object-guid';
import { CATEGORIES, indexFromGuid, TEMPLATES } from './templates';
import { notFoundByPath, notFoundByWebId, objectGuidsOf, requireAfWebId } from './webid-errors';

/** A world's facts and its AF attribute lists: the AF model passes its world, which builds that model. */
export interface AfWorld extends WorldFacts {
  readonly af: { attributes(ref: ElementRef): readonly AttributeDef[] };
}

export interface AttributeRef {
  element: ElementRef;
  index: number;
}

function sameElement(a: ElementRef, b: ElementRef): boolean {
  return a.kind === b.kind && a.plant === b.plant && a.unit === b.unit && a.slot === b.slot;
}

export function elementFromDecoded(world: AfWorld, decoded: DecodedWebId): ElementRef | null {
  if (decoded.marker !== 'Em') return null;
  const guids = objectGuidsOf(world.identity, decoded);
  if (guids === 'foreign') return null;
  if (guids) return elementFromGuid(world.catalogue.layout, guids[0] ?? '');
  const path = parseAfPath(world.identity, decoded.path ?? '');
  return path?.kind === 'element' ? elementFromNames(world.catalogue.layout, path.names) : null;
}

export function elementFromPath(world: AfWorld, path: string): ElementRef | null {
  const parsed = parseAfPath(world.identity, path);
  return parsed?.kind === 'element' ? elementFromNames(world.catalogue.layout, parsed.names) : null;
}

/** Only attributes owned by elements (owner `E`); event-frame attributes live in event-frames/. */
export function elementAttributeFromDecoded(world: AfWorld, decoded: DecodedWebId): AttributeRef | null {
  if (decoded.marker !== 'Ab' || decoded.ownerMarker !== 'E') return null;
  const guids = objectGuidsOf(world.identity, decoded);
  if (guids === 'foreign') return null;
  if (guids) {
    const owner = elementFromGuid(world.catalogue.layout, guids[0] ?? '');
    const attr = elementAttributeFromGuid(guids[1] ?? '');
    if (!owner || !attr || !sameElement(owner, attr.element)) return null;
    return attr.index < world.af.attributes(owner).length ? attr : null;
  }
  return elementAttributeFromPath(world, decoded.path ?? '');
}

export function elementAttributeFromPath(world: AfWorld, path: string): AttributeRef | null {
  const parsed = parseAfPath(world.identity, path);
  if (parsed?.kind !== 'attribute') return null;
  const element = elementFromNames(world.catalogue.layout, parsed.names);
  if (!element) return null;
  const wanted = parsed.attribute.toUpperCase();
  const index = world.af.attributes(element).findIndex((a) => a.name.toUpperCase() === wanted);
  return index < 0 ? null : { element, index };
}

/** The world's asset server (there is one); seed compatibility maps its literal ids first (compat/seed-ids.ts). */
export function resolveAssetServerOrThrow(world: AfWorld, webId: string): void {
  const decoded = requireAfWebId(webId, 'RS');
  const guids = objectGuidsOf(world.identity, decoded);
  const ok = guids === null ? parseAfPath(world.identity, decoded.path ?? '')?.kind === 'server' : guids !== 'foreign';
  if (!ok) throw notFoundByWebId('RS', webId);
}

export function resolveDatabaseOrThrow(world: AfWorld, webId: string): void {
  const decoded = requireAfWebId(webId, 'RD');
  const guids = objectGuidsOf(world.identity, decoded);
  const ok =
    guids === null
      ? parseAfPath(world.identity, decoded.path ?? '')?.kind === 'database'
      : guids !== 'foreign' && guids[0] === world.identity.database.guid;
  if (!ok) throw notFoundByWebId('RD', webId);
}

export function resolveElementOrThrow(world: AfWorld, webId: string): ElementRef {
  const decoded = requireAfWebId(webId, 'Em');
  const ref = elementFromDecoded(world, decoded);
  if (!ref || !isInLayout(world.catalogue.layout, ref)) throw notFoundByWebId('Em', webId);
  return ref;
}

export function resolveElementByPathOrThrow(world: AfWorld, path: string): ElementRef {
  const ref = elementFromPath(world, path);
  if (!ref) throw notFoundByPath('Em', path);
  return ref;
}

function resolveListedOrThrow(world: AfWorld, webId: string, marker: 'ET' | 'EC'): number {
  const decoded = requireAfWebId(webId, marker);
  const guids = objectGuidsOf(world.identity, decoded);
  let index = -1;
  if (guids === null) {
    const parsed = parseAfPath(world.identity, decoded.path ?? '');
    const list = marker === 'ET' ? TEMPLATES : CATEGORIES;
    const want = marker === 'ET' ? 'template' : 'category';
    if (parsed && parsed.kind === want) index = list.findIndex((t) => t.name.toUpperCase() === parsed.name.toUpperCase());
  } else if (guids !== 'foreign') {
    index = indexFromGuid(guids[0] ?? '', marker === 'ET' ? GUID_KIND.elementTemplate : GUID_KIND.elementCategory);
  }
  if (index < 0) throw notFoundByWebId(marker, webId);
  return index;
}

export function resolveTemplateOrThrow(world: AfWorld, webId: string): number {
  return resolveListedOrThrow(world, webId, 'ET');
}

export function resolveCategoryOrThrow(world: AfWorld, webId: string): number {
  return resolveListedOrThrow(world, webId, 'EC');
}
