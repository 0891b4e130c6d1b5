import { describe, expect, it } from 'vitest';
import { formatPiTimestamp, parsePiTime, parsePiTimeSpan } from './pi-time';

// Wednesday 2024-03-13 15:45:30.250 UTC (2024 is a leap year).
const NOW = Date.parse('2024-03-13T15:45:30.250Z');
const iso = (s: string) => Date.parse(s);

function expectTime(input: string | undefined, expected: string, extra: { defaultTime?: string; relativeToMs?: number } = {}) {
  const r = parsePiTime(input, { nowMs: NOW, ...extra });
  expect(r, `parsePiTime(${JSON.stringify(input)})`).toEqual({ ok: true, value: iso(expected) });
}

describe('parsePiTime: accepted forms', () => {
  it.each([
    ['*', '2024-03-13T15:45:30.250Z'],
    ['  *  ', '2024-03-13T15:45:30.250Z'],
    ['*-1h', '2024-03-13T14:45:30.250Z'],
    ['*-1d', '2024-03-12T15:45:30.250Z'],
    ['* - 30 min', '2024-03-13T15:15:30.250Z'],
    ['*-1d+2h', '2024-03-12T17:45:30.250Z'],
    ['*-1.5h', '2024-03-13T14:15:30.250Z'],
    ['*-500ms', '2024-03-13T15:45:29.750Z'],
    ['*-2w', '2024-02-28T15:45:30.250Z'],
    ['*-1mo', '2024-02-13T15:45:30.250Z'],
    ['*-1y', '2023-03-13T15:45:30.250Z'],
    ['*+2 hours', '2024-03-13T17:45:30.250Z'],
    ['*-3 days', '2024-03-10T15:45:30.250Z'],
    ['*-10sec', '2024-03-13T15:45:20.250Z'],
    ['*-1yr', '2023-03-13T15:45:30.250Z'],
    ['*-2 weeks', '2024-02-28T15:45:30.250Z'],
    ['*-6 months', '2023-09-13T15:45:30.250Z'],
    ['t', '2024-03-13T00:00:00Z'],
    ['today', '2024-03-13T00:00:00Z'],
    ['T+8h', '2024-03-13T08:00:00Z'],
    ['y', '2024-03-12T00:00:00Z'],
    ['yesterday', '2024-03-12T00:00:00Z'],
    ['y+16h30m', '2024-03-12T16:30:00Z'],
    ['t-1h30m', '2024-03-12T22:30:00Z'],
    ['wed', '2024-03-13T00:00:00Z'],
    ['Monday', '2024-03-11T00:00:00Z'],
    ['thu', '2024-03-07T00:00:00Z'],
    ['sun+1h', '2024-03-10T01:00:00Z'],
    ['jan', '2024-01-13T00:00:00Z'],
    ['February', '2024-02-13T00:00:00Z'],
    ['2024', '2024-01-01T00:00:00Z'],
    ['1970', '1970-01-01T00:00:00Z'],
    ['5', '2024-03-05T00:00:00Z'],
    ['31-1d', '2024-03-30T00:00:00Z'],
    ['14:30', '2024-03-13T14:30:00Z'],
    ['14:30:15.5+1m', '2024-03-13T14:31:15.500Z'],
    ['2024-01-15T10:30:00Z', '2024-01-15T10:30:00Z'],
    ['2024-01-15T10:30:00.1234567Z', '2024-01-15T10:30:00.123Z'],
    ['2024-01-15T10:30:00.5Z', '2024-01-15T10:30:00.500Z'],
    ['2024-01-15T10:30:00+02:00', '2024-01-15T08:30:00Z'],
    ['2024-01-15T10:30:00-0530', '2024-01-15T16:00:00Z'],
    ['2024-01-15T10:30:00', '2024-01-15T10:30:00Z'],
    ['2024-01-15T10:30', '2024-01-15T10:30:00Z'],
    ['2024-01-15 10:30:00', '2024-01-15T10:30:00Z'],
    ['2024-01-15', '2024-01-15T00:00:00Z'],
    ['2024/1/5', '2024-01-05T00:00:00Z'],
    ['2024-01-15T10:30:00Z-1h', '2024-01-15T09:30:00Z'],
    ['2024-01-15-1000s', '2024-01-14T23:43:20Z'],
    ['2024-02-29', '2024-02-29T00:00:00Z'],
    ["'2024-01-01'", '2024-01-01T00:00:00Z'],
    ["'2024-01-01'+1d", '2024-01-02T00:00:00Z'],
    ['"2024-01-01 06:00"-6h', '2024-01-01T00:00:00Z'],
    ['15-Jan-2024 10:30:00', '2024-01-15T10:30:00Z'],
    ['1-jan-2024', '2024-01-01T00:00:00Z'],
    ['2024-03-31T12:00:00Z-1mo', '2024-02-29T12:00:00Z'],
    ['2024-01-31T00:00:00Z+1mo', '2024-02-29T00:00:00Z'],
    ['2024-02-29T00:00:00Z+1y', '2025-02-28T00:00:00Z'],
    ['-3h', '2024-03-13T12:45:30.250Z'],
    ['+1h', '2024-03-13T16:45:30.250Z'],
  ])('%s -> %s', (input, expected) => expectTime(input, expected));

  it('uses defaultTime for empty or missing input, and * without one', () => {
    expectTime(undefined, '2024-03-12T15:45:30.250Z', { defaultTime: '*-1d' });
    expectTime('', '2024-03-13T07:45:30.250Z', { defaultTime: '*-8h' });
    expectTime('   ', '2024-03-13T15:45:30.250Z');
    expectTime(undefined, '2024-03-13T15:45:30.250Z');
  });

  it('takes a bare offset relative to relativeToMs (an end time after its start)', () => {
    const start = iso('2024-01-01T00:00:00Z');
    expectTime('+1h', '2024-01-01T01:00:00Z', { relativeToMs: start });
    expectTime('-3h', '2023-12-31T21:00:00Z', { relativeToMs: start });
    // Strings with their own date-time part ignore relativeToMs.
    expectTime('*', '2024-03-13T15:45:30.250Z', { relativeToMs: start });
    expectTime('t+1h', '2024-03-13T01:00:00Z', { relativeToMs: start });
  });
});

describe('parsePiTime: rejected forms', () => {
  it.each([
    ['tomorrowish', "unrecognised time string 'tomorrowish'"],
    ['now', "unrecognised time string 'now'"],
    ['*-1x', "unknown time unit 'x'"],
    ['*-1', "missing unit after '1'"],
    ['*-1h30', "missing unit after '30'"],
    ['*-', 'missing a number and unit'],
    ['*-h', "expected a number and unit such as '1h' at 'h'"],
    ['*1h', "unexpected '1h'"],
    ['t 8h', "unexpected '8h'"],
    ['*-1.5mo', 'months and years must be whole numbers'],
    ['2024-13-01', 'month 13 is not 1-12'],
    ['2023-02-29', 'day 29 does not exist in 2023-02'],
    ['2024-01-01T24:00:00Z', 'is not a valid time of day'],
    ['2024-01-01T10:00:00+15:00', "zone offset '+15:00' is out of range"],
    ['1969', 'neither a day of the month'],
    ['45', 'neither a day of the month'],
    ['0', 'neither a day of the month'],
    ["'2024-01-01", 'unterminated quote'],
    ["'yesterday'", 'is not an absolute date'],
    ["'2024-01-01 x'", "unexpected 'x' inside the quotes"],
    ['32-jan-2024', 'day 32 does not exist'],
    ['15-foo-2024', "unknown month 'foo'"],
    ['*-99999999999y', 'out of range'],
    ['25:00', 'is not a valid time of day'],
  ])('%s', (input, reason) => {
    const r = parsePiTime(input, { nowMs: NOW });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.error.kind).toBe('invalid-time');
    expect(r.error.input).toBe(input);
    expect(r.error.reason).toContain(reason);
  });

  it('reports day 31 of a 30-day month instead of rolling over', () => {
    const r = parsePiTime('31', { nowMs: iso('2024-04-10T00:00:00Z') });
    expect(r).toEqual({ ok: false, error: { kind: 'invalid-time', input: '31', reason: 'day 31 does not exist in 2024-04' } });
  });

  it('reports a bad defaultTime against the default itself', () => {
    const r = parsePiTime(undefined, { nowMs: NOW, defaultTime: 'soon' });
    expect(r.ok || r.error.input).toBe('soon');
  });
});

describe('parsePiTimeSpan', () => {
  it.each([
    ['1h', 3_600_000],
    ['15m', 900_000],
    ['30s', 30_000],
    ['500ms', 500],
    ['1d', 86_400_000],
    ['2w', 1_209_600_000],
    ['-1h', -3_600_000],
    ['+1h', 3_600_000],
    ['1.5h', 5_400_000],
    ['1h30m', 5_400_000],
    ['-1h30m', -5_400_000],
    [' 2 hours ', 7_200_000],
    ['10 min', 600_000],
    ['0s', 0],
    ['-0s', 0],
    ['01:00:00', 3_600_000],
    ['1.02:03:04.5', 93_784_500],
    ['-00:15', -900_000],
  ])('%s -> %d ms', (input, expected) => {
    expect(parsePiTimeSpan(input)).toEqual({ ok: true, value: expected });
  });

  it.each([
    ['', 'empty time span'],
    ['1mo', 'months and years have no fixed length'],
    ['1y', 'months and years have no fixed length'],
    ['2 years', 'months and years have no fixed length'],
    ['60', "missing unit after '60'"],
    ['h', "expected a number and unit such as '1h' at 'h'"],
    ['1x', "unknown time unit 'x'"],
    ['1h-30m', "unexpected '-30m'"],
    ['1h30', "missing unit after '30'"],
    ['00:60', 'minutes and seconds must be below 60'],
  ])('rejects %j', (input, reason) => {
    const r = parsePiTimeSpan(input);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error).toEqual({ kind: 'invalid-time', input, reason: expect.stringContaining(reason) });
  });
});

describe('formatPiTimestamp', () => {
  it.each([
    ['2024-01-01T00:00:00.000Z', '2024-01-01T00:00:00Z'],
    ['2024-01-01T00:00:00.500Z', '2024-01-01T00:00:00.5Z'],
    ['2024-01-01T00:00:00.120Z', '2024-01-01T00:00:00.12Z'],
    ['2024-01-01T00:00:00.007Z', '2024-01-01T00:00:00.007Z'],
    ['1970-01-01T00:00:00.000Z', '1970-01-01T00:00:00Z'],
    ['9999-12-31T23:59:59.000Z', '9999-12-31T23:59:59Z'],
  ])('%s -> %s', (input, expected) => {
    expect(formatPiTimestamp(iso(input))).toBe(expected);
  });

  it('round-trips through parsePiTime', () => {
    for (const ms of [0, NOW, iso('2031-07-04T01:02:03.456Z')]) {
      expect(parsePiTime(formatPiTimestamp(ms), { nowMs: NOW })).toEqual({ ok: true, value: ms });
    }
  });
});

describe('never throws on user input', () => {
  it('answers 20,000 seeded random strings with ok(finite ms) or an invalid-time error', () => {
    const alphabet = "0123456789*+-:.,'\" tyTZzmhsdwoTueJan/ecrxq";
    let seed = 12345;
    const next = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
    for (let i = 0; i < 20_000; i++) {
      const len = 1 + Math.floor(next() * 24);
      let s = '';
      for (let j = 0; j < len; j++) s += alphabet[Math.floor(next() * alphabet.length)];
      for (const r of [parsePiTime(s, { nowMs: NOW }), parsePiTimeSpan(s)]) {
        if (r.ok) expect(Number.isFinite(r.value), s).toBe(true);
        else expect(r.error.kind, s).toBe('invalid-time');
      }
    }
  });
});
