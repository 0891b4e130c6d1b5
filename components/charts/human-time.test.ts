import { describe, expect, it } from 'vitest';
import { formatHumanSeconds } from './human-time';

describe('formatHumanSeconds', () => {
  it.each([
    [0, '0 s'],
    [0.25, '250 ms'],
    [4.3, '4.3 s'],
    [28.5, '28.5 s'],
    [59.99, '1 min'],
    [60, '1 min'],
    [90, '1 min 30 s'],
    [300, '5 min'],
    [1_188, '19 min 48 s'],
    [3_600, '1 h'],
    [4_680, '1 h 18 min'],
    [5_400, '1 h 30 min'],
    [86_400, '1 d'],
    [93_600, '1 d 2 h'],
    [604_800, '7 d'],
    [-1, '–'],
    [Number.NaN, '–'],
  ])('%d s reads %s', (seconds, text) => {
    expect(formatHumanSeconds(seconds)).toBe(text);
  });
});
