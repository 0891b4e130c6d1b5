import { describe, expect, it } from 'vitest';
import { csvField, csvTime, toCsv } from './csv';

describe('csvField', () => {
  it.each([
    ['plain', 'plain'],
    ['1,040 tags', '"1,040 tags"'],
    ['say "hi"', '"say ""hi"""'],
    ['two\nlines', '"two\nlines"'],
    ['cr\rhere', '"cr\rhere"'],
    ['', ''],
    ['≈ 19 min 48 s projected', '≈ 19 min 48 s projected'],
  ])('%j -> %j', (cell, field) => {
    expect(csvField(cell)).toBe(field);
  });

  it('writes numbers raw, null as empty, booleans as words', () => {
    expect([4.7, 30_240, 0, null, true, false, Number.NaN].map(csvField)).toEqual(['4.7', '30240', '0', '', 'true', 'false', '']);
  });
});

describe('toCsv', () => {
  it('writes the header, then one CRLF-terminated line per row', () => {
    expect(
      toCsv({
        header: ['mode', 'time (s)', 'note'],
        rows: [
          ['Batch', 4.7, null],
          ['Sequential', 1188, 'projected from 1,912 of 30,240 tags'],
        ],
      }),
    ).toBe('mode,time (s),note\r\nBatch,4.7,\r\nSequential,1188,"projected from 1,912 of 30,240 tags"\r\n');
  });
});

describe('csvTime', () => {
  it('writes UTC ISO 8601', () => {
    expect(csvTime(Date.UTC(2024, 0, 2, 3, 4, 5))).toBe('2024-01-02T03:04:05.000Z');
    expect(csvTime(null)).toBeNull();
  });
});
