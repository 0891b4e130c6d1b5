import { describe, expect, it } from 'vitest';
import { decodeWebId, encodeWebId, WEB_ID_TYPES } from '../pi-contract/webid';
import { TagCatalogue } from './catalogue';

describe('TagCatalogue', () => {
  it.each([
    [128, 128, 4, 4],
    [1000, 1040, 10, 13],
    [1040, 1040, 10, 13],
    [1041, 10000, 25, 50],
    [30240, 30240, 60, 63],
    [30241, 30744, 61, 63],
    [10000, 10000, 25, 50],
    [30000, 30240, 60, 63],
    [500000, 500472, 993, 63],
  ])('maps a request of %i tags to %i (%i plants x %i units x 8)', (requested, tags, plants, units) => {
    const c = new TagCatalogue(requested);
    expect(c.count).toBe(tags);
    expect(c.layout.plantCount).toBe(plants);
    expect(c.layout.unitsPerPlant).toBe(units);
  });

  it('names tags by plant, unit and sensor and finds them back', () => {
    const c = new TagCatalogue(128);
    expect(c.tag(0).name).toBe('Sydney_Unit01_Temperature');
    expect(c.tag(127).name).toBe('Perth_Unit04_Current');
    expect(c.tag(9).path).toBe('\\\\PISRV-T128\\Sydney_Unit02_Pressure');
    for (let i = 0; i < c.count; i++) expect(c.indexOfName(c.tag(i).name.toLowerCase())).toBe(i);
    expect(c.indexOfName('Sydney_Unit05_Temperature')).toBe(-1);
    expect(c.indexOfName('Hobart_Unit01_Temperature')).toBe(-1);
  });

  it('gives every tag a unique name at the largest tier', () => {
    const c = new TagCatalogue(30240);
    const names = new Set<string>();
    for (let i = 0; i < c.count; i++) names.add(c.tag(i).name);
    expect(names.size).toBe(30240);
    expect(c.tag(30239).name).toBe('Facility_060_Unit63_Current');
  });

  it('round-trips WebIDs of every type back to the tag', () => {
    const c = new TagCatalogue(10000);
    for (const index of [0, 1, 4999, 9999]) {
      for (const type of ['Full', 'IDOnly', 'PathOnly'] as const) {
        const decoded = decodeWebId(c.webId(index, type));
        expect(decoded.ok).toBe(true);
        if (decoded.ok) expect(c.resolve(decoded.value)).toBe(index);
      }
    }
  });

  it('encodes WebIDs exactly as the generic codec does', () => {
    const c = new TagCatalogue(30240);
    for (const index of [0, 77, 30239]) {
      for (const type of WEB_ID_TYPES) {
        const tag = c.tag(index);
        expect(c.webId(index, type)).toBe(encodeWebId({ marker: 'DP', guids: [c.dataServer.guid], pointId: tag.pointId, path: tag.path }, type));
      }
    }
  });

  it('does not resolve a point of another tier', () => {
    const big = new TagCatalogue(30240);
    const small = new TagCatalogue(128);
    const decoded = decodeWebId(big.webId(20000, 'PathOnly'));
    expect(decoded.ok && small.resolve(decoded.value)).toBe(-1);
  });
});
