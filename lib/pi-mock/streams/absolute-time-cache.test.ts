import { describe, expect, it } from 'vitest';
import { parsePiTime } from '../../pi-contract/pi-time';
import { parsePiTimeCached } from './absolute-time-cache';

const HOUR_MS = 3_600_000;
const NOW_MS = Date.parse('2024-06-01T12:00:00Z');

describe('parsePiTimeCached', () => {
  it('gives an absolute time the same result as a fresh parse, whatever the clock', () => {
    for (const text of ['2024-01-01T00:00:00Z', '2024-01-01T01:00:00.1234567Z', '2024-02-29T23:59:59.5Z']) {
      const fresh = parsePiTime(text, { nowMs: NOW_MS });
      expect(parsePiTimeCached(text, { nowMs: NOW_MS })).toEqual(fresh);
      // A second call (now a cache hit) under another clock still names the same instant.
      expect(parsePiTimeCached(text, { nowMs: NOW_MS + HOUR_MS })).toEqual(fresh);
    }
  });

  it('parses relative times against the clock of each call', () => {
    expect(parsePiTimeCached('*-1h', { nowMs: NOW_MS })).toEqual({ ok: true, value: NOW_MS - HOUR_MS });
    expect(parsePiTimeCached('*-1h', { nowMs: NOW_MS + HOUR_MS })).toEqual({ ok: true, value: NOW_MS });
    expect(parsePiTimeCached('+1h', { nowMs: NOW_MS, relativeToMs: 0 })).toEqual({ ok: true, value: HOUR_MS });
    expect(parsePiTimeCached('+1h', { nowMs: NOW_MS, relativeToMs: HOUR_MS })).toEqual({ ok: true, value: 2 * HOUR_MS });
  });

  it('reports invalid ISO-shaped times every time', () => {
    const fresh = parsePiTime('2024-02-31T00:00:00Z', { nowMs: NOW_MS });
    expect(fresh.ok).toBe(false);
    expect(parsePiTimeCached('2024-02-31T00:00:00Z', { nowMs: NOW_MS })).toEqual(fresh);
    expect(parsePiTimeCached('2024-02-31T00:00:00Z', { nowMs: NOW_MS })).toEqual(fresh);
  });
});
