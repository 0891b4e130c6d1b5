import { describe, expect, it } from 'vitest';
import { decodeWebId, type DecodedWebId } from '../../pi-contract/webid';
import { timedValueAt } from '../streams/timed-value';
import { getJson } from './af-test-client';
import { elementAttributeWebId, elementWebId } from './af-webids';
import { equipmentRef, plantRef, unitRef } from './hierarchy';
import { TEST_NOW_MS, testWorld } from './test-world';

function decoded(webId: string): DecodedWebId {
  const d = decodeWebId(webId);
  if (!d.ok) throw new Error(webId);
  return d.value;
}

describe('AfModel as a stream provider', () => {
  const world = testWorld({ tagCount: 1000 });
  const { identity } = world;
  const layout = world.catalogue.layout;

  it('resolves a sensor attribute of any WebID type to its tag', () => {
    const unit = unitRef(7, 11);
    const tag = world.catalogue.indexOfUnitSensor(7, 11, 2);
    for (const type of ['Full', 'IDOnly', 'PathOnly'] as const) {
      const webId = elementAttributeWebId(identity, layout, unit, 2, 'Flow', type);
      const source = world.af.resolveAttributeStream(decoded(webId), 'IDOnly');
      expect(source).toMatchObject({ name: 'Flow', units: 'm3/h', tagIndex: tag, path: '\\\\AFSRV-T1040\\Production\\Plant_08\\Unit12|Flow' });
      expect(source?.webId).toBe(elementAttributeWebId(identity, layout, unit, 2, 'Flow', 'IDOnly'));
      expect(source?.sourcePath).toBe(`/attributes/${source?.webId}`);
    }
    // An event-frame owner, a point and an attribute of a unit that does not exist: not ours.
    expect(world.af.resolveAttributeStream(decoded(world.catalogue.webId(0)), 'Full')).toBeNull();
    expect(world.af.resolveAttributeStream(decoded(elementAttributeWebId(identity, layout, unitRef(7, 13), 0, 'Temperature', 'IDOnly')), 'Full')).toBeNull();
    expect(world.af.resolveAttributeStream(decoded(elementAttributeWebId(identity, layout, unit, 9, 'Nope', 'IDOnly')), 'Full')).toBeNull();
  });

  it('lists the attribute streams of an element, filtered', () => {
    const unit = decoded(elementWebId(identity, layout, unitRef(0, 0), 'PathOnly'));
    const all = world.af.parentStreamSources(unit, { searchFullHierarchy: false }, 'Full');
    expect(all?.map((s) => s.tagIndex)).toEqual([7, 2, 3, 4, 1, 5, 0, 6]);
    expect(world.af.parentStreamSources(unit, { nameFilter: 'P*', searchFullHierarchy: false }, 'Full')?.map((s) => s.name)).toEqual(['Power', 'Pressure']);
    expect(world.af.parentStreamSources(unit, { templateName: 'Pump', searchFullHierarchy: false }, 'Full')).toEqual([]);
    const pump = decoded(elementWebId(identity, layout, equipmentRef(0, 0, 0), 'Full'));
    const statics = world.af.parentStreamSources(pump, { searchFullHierarchy: true }, 'Full');
    expect(statics?.every((s) => s.tagIndex === null && s.staticValue !== undefined)).toBe(true);
    expect(world.af.parentStreamSources(decoded(elementWebId(identity, layout, plantRef(0), 'Full')), { searchFullHierarchy: false }, 'Full')).toEqual([]);
    expect(world.af.parentStreamSources(decoded(world.catalogue.webId(0)), { searchFullHierarchy: false }, 'Full')).toBeNull();
  });

  it('answers a sensor attribute value with its tag value at the server clock', async () => {
    const webId = elementAttributeWebId(identity, layout, unitRef(1, 2), 4, 'Power', 'Full');
    const res = await getJson(world, `/attributes/${webId}/value`);
    expect(res.status).toBe(200);
    expect(res.json).toEqual(JSON.parse(JSON.stringify(timedValueAt(world, world.catalogue.indexOfUnitSensor(1, 2, 4), TEST_NOW_MS))));
  });
});
