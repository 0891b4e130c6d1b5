import { describe, expect, it } from 'vitest';
import type { WebIdType } from '../pi-contract/webid';
import { layoutForTagCount, TIER_TAG_COUNTS } from '../tiers';
import { assetServerWebId, databaseWebId, templateWebId } from './af/af-webids';
import { equipmentRef, plantRef, unitRef } from './af/hierarchy';
import { dataServerWebId } from './core/data-server-webid';
import { nameBasedGuid, serverIdentityFor } from './server-identity';
import { MockWorld } from './world';

const ANCHOR_MS = Date.parse('2024-01-08T00:00:00Z');
const DAY_MS = 86_400_000;
const V5_GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;
/** The WebID types that carry the server's GUID or name. */
const SERVER_BOUND_TYPES = ['Full', 'IDOnly', 'PathOnly'] as const;

function worldOf(tagCount: number, anchorMs = ANCHOR_MS): MockWorld {
  return new MockWorld({ tagCount, seed: 1, anchorMs });
}

/** Servers, points, elements and attributes by a stable key; objects chosen to exist at every tier. */
function sampleWebIds(world: MockWorld, type: WebIdType): Record<string, string> {
  const { identity, catalogue, af } = world;
  const out: Record<string, string> = {
    dataServer: dataServerWebId(identity.dataServer, type),
    assetServer: assetServerWebId(identity, type),
    database: databaseWebId(identity, type),
    template: templateWebId(identity, 0, type),
    elementAttribute: af.attributeView(unitRef(0, 0), 2, type).webId,
  };
  for (const index of [0, 9, 127]) out[`point ${index}`] = catalogue.webId(index, type);
  for (const [name, ref] of Object.entries({ plant: plantRef(0), unit: unitRef(3, 3), equipment: equipmentRef(0, 0, 1) })) {
    out[`element ${name}`] = af.elementWebId(ref, type);
  }
  return out;
}

function frameWebIds(world: MockWorld, type: WebIdType): Record<string, string> {
  const out: Record<string, string> = { frameAttribute: world.eventFrames.attributeView(0, 0, type).webId };
  for (const i of [0, 1, 49]) out[`frame ${i}`] = world.eventFrames.frameWebId(i, type);
  return out;
}

describe('serverIdentityFor', () => {
  it.each([
    [128, 'PISRV-T128', 'AFSRV-T128'],
    [1040, 'PISRV-T1040', 'AFSRV-T1040'],
    [10000, 'PISRV-T10000', 'AFSRV-T10000'],
    [30240, 'PISRV-T30240', 'AFSRV-T30240'],
    [30241, 'PISRV-T30744', 'AFSRV-T30744'],
  ])('names the servers of a %i-tag request after the grid it gets', (requested, dataName, assetName) => {
    const id = serverIdentityFor(layoutForTagCount(requested));
    expect(id.dataServer).toMatchObject({ name: dataName, path: `\\\\${dataName}` });
    expect(id.assetServer).toMatchObject({ name: assetName, path: `\\\\${assetName}` });
    expect(id.database).toMatchObject({ name: 'Production', path: `\\\\${assetName}\\Production` });
    for (const ref of [id.dataServer, id.assetServer, id.database]) expect(ref.guid).toMatch(V5_GUID);
  });

  it('keeps servers of one name but another kind apart', () => {
    expect(nameBasedGuid('PIDataServer', 'X')).not.toBe(nameBasedGuid('AFServer', 'X'));
    expect(nameBasedGuid('PIDataServer', 'X')).toBe(nameBasedGuid('PIDataServer', 'X'));
  });
});

describe('worlds of different tiers', () => {
  const worlds = TIER_TAG_COUNTS.map((t) => worldOf(t));

  it('share no server name or GUID', () => {
    const refs = worlds.flatMap((w) => [w.identity.dataServer, w.identity.assetServer, w.identity.database]);
    expect(new Set(refs.map((r) => r.guid)).size).toBe(refs.length);
    const names = worlds.flatMap((w) => [w.identity.dataServer.name, w.identity.assetServer.name]);
    expect(new Set(names).size).toBe(names.length);
  });

  it.each(SERVER_BOUND_TYPES)('share no %s WebID of a server, point, element, attribute or event frame', (type) => {
    const perTier = worlds.map((w) => ({ ...sampleWebIds(w, type), ...frameWebIds(w, type) }));
    for (const key of Object.keys(perTier[0]!)) {
      expect(new Set(perTier.map((ids) => ids[key])).size, key).toBe(worlds.length);
    }
  });

  // Contract §2.4: Local/DefaultIDOnly drop the server GUID and path, so by design they are only
  // unique within one server; a store mixing servers must key by Full or IDOnly WebIDs.
  it.each(['LocalIDOnly', 'DefaultIDOnly'] as const)('repeat %s WebIDs, which name no server', (type) => {
    expect(new Set(worlds.map((w) => w.catalogue.webId(0, type))).size).toBe(1);
  });
});

describe('the same tier built twice', () => {
  it.each(TIER_TAG_COUNTS)('gives the %i-tag tier the same identity and WebIDs, whatever the anchor', (tagCount) => {
    const first = worldOf(tagCount);
    const again = worldOf(tagCount);
    const otherAnchor = worldOf(tagCount, ANCHOR_MS + 3 * DAY_MS);
    expect(again.identity).toEqual(first.identity);
    expect(otherAnchor.identity).toEqual(first.identity);
    expect(first.catalogue.dataServer).toEqual(first.identity.dataServer);
    for (const type of SERVER_BOUND_TYPES) {
      expect(sampleWebIds(again, type)).toEqual(sampleWebIds(first, type));
      expect(sampleWebIds(otherAnchor, type)).toEqual(sampleWebIds(first, type));
      // Frames are laid out before the anchor: only the same anchor gives the same frames.
      expect(frameWebIds(again, type)).toEqual(frameWebIds(first, type));
    }
  });
});
