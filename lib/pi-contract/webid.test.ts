import { describe, expect, it } from 'vitest';
import { decodeGuid, decodeWebId, encodeGuid, encodeWebId } from './webid';

describe('WebID 2.0 codec', () => {
  it('decodes the published AF server and database examples', () => {
    const rs = decodeWebId('I1RSDqD5loBNH0erqeqJodtALA');
    expect(rs).toEqual({ ok: true, value: { type: 'IDOnly', marker: 'RS', guids: ['96f9a00e-4d80-471f-aba9-ea89a1db402c'] } });
    const rd = decodeWebId('I1RDDqD5loBNH0erqeqJodtALAquulo6433EKdHra7fsmL0g');
    expect(rd.ok && rd.value.guids).toEqual(['96f9a00e-4d80-471f-aba9-ea89a1db402c', 'a3a5ebaa-37ae-42dc-9d1e-b6bb7ec98bd2']);
  });

  it('decodes a published Full point WebID to its point ID and path', () => {
    const dp = decodeWebId('F1DPmN2MpX8PREOtdbEZ56sypAQwIAAASVRZLVNSVi1QSS1ISTAxXEFJMTYwMDE0QV9TQ0xE');
    expect(dp.ok).toBe(true);
    if (!dp.ok) return;
    expect(dp.value.pointId).toBe(579);
    expect(dp.value.path).toBe('ITY-SRV-PI-HI01\\AI160014A_SCLD');
  });

  it('encodes PathOnly exactly like the published examples', () => {
    expect(encodeWebId({ marker: 'DP', guids: ['00000000-0000-0000-0000-000000000000'], pointId: 1, path: '\\\\MyPIServer\\Sinusoid' }, 'PathOnly'))
      .toBe('P1DPTVlQSVNFUlZFUlxTSU5VU09JRA');
    expect(encodeWebId({ marker: 'Ab', ownerMarker: 'E', guids: ['00000000-0000-0000-0000-000000000000', '00000000-0000-0000-0000-000000000000', '00000000-0000-0000-0000-000000000000'], path: 'MyAF\\MyDB\\Plant1\\Pump01|Flow' }, 'PathOnly'))
      .toBe('P1AbETVlBRlxNWURCXFBMQU5UMVxQVU1QMDF8RkxPVw');
  });

  it('round-trips every type', () => {
    const parts = {
      marker: 'Ab' as const,
      ownerMarker: 'E' as const,
      guids: ['96f9a00e-4d80-471f-aba9-ea89a1db402c', 'cbb28260-853d-11e4-80c5-00155d844304', '75de231b-b591-49b1-b138-e725a77165c2'],
      path: '\\\\AF\\DB\\Plant|Temp',
    };
    for (const type of ['Full', 'IDOnly', 'PathOnly', 'LocalIDOnly', 'DefaultIDOnly'] as const) {
      const decoded = decodeWebId(encodeWebId(parts, type));
      expect(decoded.ok, type).toBe(true);
      if (!decoded.ok) continue;
      expect(decoded.value.type).toBe(type);
      if (type === 'Full' || type === 'PathOnly') expect(decoded.value.path).toBe('AF\\DB\\PLANT|TEMP');
      if (type === 'Full' || type === 'IDOnly') expect(decoded.value.guids).toEqual(parts.guids);
    }
  });

  it('round-trips GUIDs through Microsoft byte order', () => {
    const g = '85bb49d6-f101-4807-baf9-57c2fbd33000';
    expect(encodeGuid(g)).toBe('1km7hQHxB0i6-VfC-9MwAA');
    expect(decodeGuid(encodeGuid(g))).toBe(g);
  });

  it.each([
    ['', 'too short'],
    ['X1DPabc', 'unknown type character'],
    ['F0DPabcd', 'not a WebID 2.0'],
    ['F1ZZabcd', 'unknown object marker'],
    ['F1AbQxxxx', 'owner marker'],
    ['I1DS1km7hQHxB0i6', 'malformed GUID'],
    ['I1DS1km7hQHxB0i6-VfC-9MwAAextra', 'trailing'],
  ])('rejects %j with a reason', (webId, reason) => {
    const decoded = decodeWebId(webId);
    expect(decoded.ok).toBe(false);
    if (!decoded.ok) expect(decoded.error.reason).toContain(reason);
  });
});
