import { describe, expect, it } from 'vitest';
import { SENSOR_TYPES } from '../../tiers';
import { TagCatalogue } from '../catalogue';
import { serverIdentityFor } from '../server-identity';
import { parseAfPath } from './af-path';
import { elementAttributes } from './element-attributes';
import { EQUIPMENT_TYPES } from './equipment';
import {
  childrenOf,
  descendantsOf,
  elementCounts,
  elementFromGuid,
  elementFromNames,
  elementGuid,
  elementName,
  elementPath,
  equipmentRef,
  plantRef,
  unitRef,
} from './hierarchy';

describe('AF hierarchy', () => {
  it.each([
    [128, 4, 16, 32],
    [1000, 10, 130, 260],
    [10000, 25, 1250, 2500],
    [30240, 60, 3780, 7560],
  ])('at %i tags has %i plants, %i units, %i equipment, all enumerable', (tags, plants, units, equipment) => {
    const { layout } = new TagCatalogue(tags);
    const id = serverIdentityFor(layout);
    expect(elementCounts(layout)).toEqual({ plants, units, equipment });
    const all = descendantsOf(layout, null);
    expect(all.length).toBe(plants + units + equipment);
    expect(all.filter((r) => r.kind === 'plant').length).toBe(plants);
    expect(all.filter((r) => r.kind === 'unit').length).toBe(units);
    expect(new Set(all.map((r) => elementPath(id, layout, r).toUpperCase())).size).toBe(all.length);
  });

  it('gives each unit the eight sensors as PI Point attributes of its own tags', () => {
    const catalogue = new TagCatalogue(30240);
    const unit = unitRef(59, 62);
    const attrs = elementAttributes(catalogue, unit);
    expect(attrs.map((a) => a.name)).toEqual(SENSOR_TYPES.map((s) => s.name));
    expect(attrs.map((a) => a.units)).toEqual(SENSOR_TYPES.map((s) => s.units));
    expect(attrs.map((a) => a.tagIndex)).toEqual([30232, 30233, 30234, 30235, 30236, 30237, 30238, 30239]);
    expect(catalogue.tag(30239).name).toBe('Facility_060_Unit63_Current');
    expect(elementAttributes(catalogue, plantRef(0))).toEqual([]);
    expect(elementAttributes(catalogue, equipmentRef(0, 0, 1)).map((a) => a.name)).toEqual(['Manufacturer', 'Model', 'RatedCapacity', 'InstallDate']);
  });

  it('names plants, units and equipment like the seed, with two typed equipment per unit', () => {
    const { layout } = new TagCatalogue(128);
    expect(childrenOf(layout, null).map((r) => elementName(layout, r))).toEqual(['Sydney', 'Melbourne', 'Brisbane', 'Perth']);
    expect(childrenOf(layout, plantRef(0)).map((r) => elementName(layout, r))).toEqual(['Unit01', 'Unit02', 'Unit03', 'Unit04']);
    for (const unit of descendantsOf(layout, null).filter((r) => r.kind === 'unit')) {
      const names = childrenOf(layout, unit).map((r) => elementName(layout, r));
      expect(names).toHaveLength(2);
      expect(new Set(names).size).toBe(2);
      for (const n of names) expect(n).toMatch(new RegExp(`^(${EQUIPMENT_TYPES.join('|')})_0[12]$`));
    }
    expect(elementPath(serverIdentityFor(layout), layout, unitRef(3, 1))).toBe('\\\\AFSRV-T128\\Production\\Perth\\Unit02');
  });

  it('round-trips every element through its GUID and its path', () => {
    const { layout } = new TagCatalogue(1000);
    const id = serverIdentityFor(layout);
    for (const ref of descendantsOf(layout, null)) {
      expect(elementFromGuid(layout, elementGuid(ref))).toEqual(ref);
      const parsed = parseAfPath(id, elementPath(id, layout, ref).toUpperCase());
      expect(parsed?.kind).toBe('element');
      if (parsed?.kind === 'element') expect(elementFromNames(layout, parsed.names)).toEqual(ref);
    }
  });

  it('finds nothing outside the layout', () => {
    const { layout } = new TagCatalogue(128);
    expect(elementFromGuid(layout, elementGuid(plantRef(4)))).toBeNull();
    expect(elementFromGuid(layout, elementGuid(unitRef(0, 4)))).toBeNull();
    expect(elementFromNames(layout, ['Hobart'])).toBeNull();
    expect(elementFromNames(layout, ['Sydney', 'Unit05'])).toBeNull();
    expect(elementFromNames(layout, ['Sydney', 'Unit1'])).toBeNull();
    expect(elementFromNames(layout, ['Sydney', 'Unit01', 'Boiler_01'])).toBeNull();
    const id = serverIdentityFor(layout);
    expect(parseAfPath(id, '\\\\OTHERAF\\Production\\Sydney')).toBeNull();
    expect(parseAfPath(id, '\\\\AFSRV-T128\\Other\\Sydney')).toBeNull();
    // Another tier's AF server, though its database has the same name.
    expect(parseAfPath(id, '\\\\AFSRV-T1040\\Production\\Sydney')).toBeNull();
  });
});
