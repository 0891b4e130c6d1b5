import { describe, expect, it } from 'vitest';
import { formatCount, formatGrid, formatMs } from './format';

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
