import { describe, expect, it } from 'vitest';
import { formatSeconds, formatSecondsRange } from './format-seconds';

describe('formatSeconds', () => {
  it.each([
    [0, '0 s'],
    [1, '1 s'],
    [45.25, '45.3 s'],
    [60, '1 min'],
    [90, '1.5 min'],
    [300, '5 min'],
    [1107, '18.5 min'],
    [3600, '1 h'],
    [5400, '1.5 h'],
    [86400, '1 d'],
    [172800, '2 d'],
  ])('%d s reads %s', (seconds, text) => {
    expect(formatSeconds(seconds)).toBe(text);
  });
});

describe('formatSecondsRange', () => {
  it.each([
    [0, 1, '0–1 s'],
    [1, 5, '1–5 s'],
    [30, 60, '30 s–1 min'],
    [60, 120, '1–2 min'],
    [0, 60, '0–1 min'],
    [1800, 3600, '30 min–1 h'],
    [3600, 7200, '1–2 h'],
    [3600, null, '≥ 1 h'],
    [86400, null, '≥ 1 d'],
  ] as const)('[%d, %s) reads %s', (from, to, text) => {
    expect(formatSecondsRange(from, to)).toBe(text);
  });
});
