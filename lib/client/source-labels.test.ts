import { describe, expect, it } from 'vitest';
import { assetSourceLabel, dataSourceLabel } from './source-labels';

describe('source labels', () => {
  it('name the PI server, then its tags and values', () => {
    expect(dataSourceLabel({ key: 1, serverId: 'g', serverName: 'PISRV-T1040', tagCount: 1040, rowCount: 62_400, lastLandedAtMs: 0 })).toBe(
      'PISRV-T1040 · 1,040 tags, 62,400 values',
    );
    expect(dataSourceLabel({ key: 1, serverId: 'g', serverName: 'PISRV-T128', tagCount: 1, rowCount: 1, lastLandedAtMs: 0 })).toBe('PISRV-T128 · 1 tag, 1 value');
  });

  it('name the AF server and database, then its elements and frames', () => {
    const source = { key: 2, serverId: 'g', serverName: 'AFSRV-T128', databaseName: 'Production', elementCount: 84, frameCount: 1, lastLandedAtMs: 0 };
    expect(assetSourceLabel(source)).toBe('AFSRV-T128\\Production · 84 elements, 1 event frame');
    expect(assetSourceLabel({ ...source, serverName: 'unknown server', databaseName: '', elementCount: 0, frameCount: 852 })).toBe(
      'unknown server · 0 elements, 852 event frames',
    );
  });
});
