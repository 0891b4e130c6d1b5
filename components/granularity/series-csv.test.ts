import { describe, expect, it } from 'vitest';
import { toCsv } from '../charts/csv';
import { seriesCsv } from './series-csv';

describe('seriesCsv', () => {
  it('writes one row per value with its unit in the header and the flags spelled out', () => {
    const csv = seriesCsv({ tsMs: [Date.UTC(2024, 0, 1), Date.UTC(2024, 0, 1, 0, 1)], value: [10.5, null], state: [null, 'I/O Timeout'], flags: [3, 12] }, 'm3/h');
    expect(toCsv(csv)).toBe(
      'timestamp (UTC),value (m3/h),system state,good,questionable,substituted,annotated\r\n' +
        '2024-01-01T00:00:00.000Z,10.5,,true,true,false,false\r\n' +
        '2024-01-01T00:01:00.000Z,,I/O Timeout,false,false,true,true\r\n',
    );
  });
});
