import { describe, expect, it } from 'vitest';
import { WEB_ID_TYPES } from '../../pi-contract/webid';
import { MockWorld } from '../world';
import { PointStreamSource } from './point-stream-source';

describe('PointStreamSource', () => {
  it('names and links the point exactly as its catalogue entry does, in every WebID type', () => {
    const { catalogue } = new MockWorld({ tagCount: 1040 });
    for (const index of [0, 7, 517, catalogue.count - 1]) {
      const tag = catalogue.tag(index);
      for (const type of WEB_ID_TYPES) {
        const source = new PointStreamSource(catalogue, index, type);
        const webId = catalogue.webId(index, type);
        expect([source.webId, source.name, source.path, source.sourcePath, source.units, source.tagIndex]).toEqual([
          webId,
          tag.name,
          tag.path,
          `/points/${webId}`,
          tag.sensor.units,
          index,
        ]);
      }
    }
  });
});
