import { describe, expect, it } from 'vitest';
import { chooseSource } from './choose-source';

const NEW = { key: 7, name: 'AFSRV-T128' };
const OLD = { key: 3, name: 'AFSRV-T1040' };
const SOURCES = [NEW, OLD];

describe('chooseSource', () => {
  it('takes the default while the URL names none', () => {
    expect(chooseSource(SOURCES, 7, null)).toEqual({ chosen: NEW, unknownRequest: null });
    expect(chooseSource(SOURCES, 7, '')).toEqual({ chosen: NEW, unknownRequest: null });
  });

  it('takes the source the URL names', () => {
    expect(chooseSource(SOURCES, 7, '3')).toEqual({ chosen: OLD, unknownRequest: null });
  });

  it.each(['99', 'abc', '3.0', '-3'])('falls back to the default for ?asset=%s and says so', (requested) => {
    expect(chooseSource(SOURCES, 7, requested)).toEqual({ chosen: NEW, unknownRequest: requested });
  });

  it('falls back to the first source when the default is not listed, and to none in an empty bronze', () => {
    expect(chooseSource(SOURCES, null, null)).toEqual({ chosen: NEW, unknownRequest: null });
    expect(chooseSource([], null, '3')).toEqual({ chosen: null, unknownRequest: '3' });
  });
});
