import { describe, expect, it } from 'vitest';
import { splitSeries } from './split-series';

describe('splitSeries', () => {
  it('marks questionable and substituted values and places states at the last value', () => {
    const split = splitSeries({
      tsMs: [1000, 2000, 3000, 4000, 5000],
      value: [10, 11, null, 13, 14],
      state: [null, null, 'I/O Timeout', null, null],
      // good, good+questionable, substituted (state), substituted, questionable+substituted
      flags: [1, 3, 4, 4, 6],
    });
    expect(split.line).toEqual([
      [1000, 10],
      [2000, 11],
      [3000, null],
      [4000, 13],
      [5000, 14],
    ]);
    expect(split.questionable).toEqual([
      [2000, 11],
      [5000, 14],
    ]);
    // The state itself has no value to mark as substituted; its mark is the state mark.
    expect(split.substituted).toEqual([
      [4000, 13],
      [5000, 14],
    ]);
    expect(split.states).toEqual([{ value: [3000, 11], name: 'I/O Timeout' }]);
  });

  it('places a leading state at the first value that follows', () => {
    const split = splitSeries({ tsMs: [1000, 2000], value: [null, 7], state: ['Shutdown', null], flags: [0, 1] });
    expect(split.states).toEqual([{ value: [1000, 7], name: 'Shutdown' }]);
  });

  it('returns empty sets for an empty series', () => {
    expect(splitSeries({ tsMs: [], value: [], state: [], flags: [] })).toEqual({ line: [], questionable: [], substituted: [], states: [] });
  });
});
