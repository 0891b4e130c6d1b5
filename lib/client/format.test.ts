import { describe, expect, it } from 'vitest';
import { formatCompact, formatCount, formatDateTime, formatDuration, formatGrid, formatMs, formatPercent, formatRatio, formatSpeedup } from './format';

describe('format', () => {
  it.each([
    [128, '128'],
    [1040, '1,040'],
    [30240, '30,240'],
    [500000, '500,000'],
  ])('formatCount(%i) = %s', (value, text) => {
    expect(formatCount(value)).toBe(text);
  });

  it.each([
    [0.04, '0.0'],
    [3.14159, '3.1'],
    [1234.56, '1,234.6'],
  ])('formatMs(%d) = %s', (value, text) => {
    expect(formatMs(value)).toBe(text);
  });

  it('formats a grid', () => {
    expect(formatGrid({ plants: 60, unitsPerPlant: 63, sensorsPerUnit: 8 })).toBe('60 plants x 63 units x 8 sensors');
  });
});

describe('formatDuration', () => {
  it.each([
    [0, '0 ms'],
    [849.6, '850 ms'],
    [1_000, '1.0 s'],
    [12_345, '12.3 s'],
    [59_949, '59.9 s'],
    [60_000, '1 min'],
    [245_000, '4 min 5 s'],
    [3_599_000, '59 min 59 s'],
    [3_600_000, '1 h'],
    [3_780_000, '1 h 3 min'],
    [-1, '–'],
    [Number.NaN, '–'],
  ])('formatDuration(%d) = %s', (ms, text) => {
    expect(formatDuration(ms)).toBe(text);
  });
});

describe('formatSpeedup', () => {
  it.each([
    [2.04, '2.0×'],
    [12.36, '12.4×'],
    [99.94, '99.9×'],
    [123.4, '123×'],
    [1234.4, '1234×'],
    [0, '–'],
    [Number.POSITIVE_INFINITY, '–'],
  ])('formatSpeedup(%d) = %s', (factor, text) => {
    expect(formatSpeedup(factor)).toBe(text);
  });

  it('matches the e2e contract for every finite factor', () => {
    for (const factor of [1, 1.05, 9.99, 10, 57.3, 100, 4321]) expect(formatSpeedup(factor)).toMatch(/^\d+(\.\d+)?×$/);
  });
});

describe('formatCompact, formatPercent, formatRatio', () => {
  it.each([
    [980, '980'],
    [45_300, '45.3K'],
    [1_234_567, '1.2M'],
  ])('formatCompact(%d) = %s', (value, text) => {
    expect(formatCompact(value)).toBe(text);
  });

  it.each([
    [0, '0%'],
    [0.05, '5%'],
    [0.125, '12.5%'],
  ])('formatPercent(%d) = %s', (value, text) => {
    expect(formatPercent(value)).toBe(text);
  });

  it('divides value by base', () => {
    expect(formatRatio(25, 10)).toBe('2.50×');
    expect(formatRatio(5, 10)).toBe('0.50×');
    expect(formatRatio(5, 0)).toBeNull();
  });
});

describe('formatDateTime', () => {
  it('writes local time with zero padding', () => {
    expect(formatDateTime(new Date(2026, 0, 5, 7, 3, 9).getTime())).toBe('2026-01-05 07:03:09');
    expect(formatDateTime(new Date(2026, 10, 23, 18, 45, 0).getTime())).toBe('2026-11-23 18:45:00');
  });
});
