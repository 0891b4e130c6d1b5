import { describe, expect, it } from 'vitest';
import { parseStrictIsoUtc } from './strict-iso';

describe('parseStrictIsoUtc', () => {
  it.each([
    ['2024-01-01T00:00:00Z', Date.UTC(2024, 0, 1)],
    ['2024-02-29T23:59:59.5Z', Date.UTC(2024, 1, 29, 23, 59, 59, 500)],
    ['2262-04-11T00:00:00Z', Date.UTC(2262, 3, 11)],
  ])('reads %s', (text, ms) => {
    expect(parseStrictIsoUtc(text)).toEqual({ ok: true, value: ms });
  });

  it.each([
    '9999-12-31T23:59:59Z', // AF's max time: past pandas' range
    '2023-02-29T00:00:00Z', // no such day
    '2024-01-01 00:00:00Z',
    '2024-01-01T00:00:00',
    '2024-01-01T00:00:00+00:00',
    '2024-01-01T24:00:00Z',
    '*-1h',
    '',
  ])('refuses %s', (text) => {
    expect(parseStrictIsoUtc(text).ok).toBe(false);
  });
});
