/**
 * Date-time part of a PI time string (contract §4.7), read from the start of a lower-cased,
 * trimmed string. Zone-less forms are UTC because the mock's PI server runs in UTC.
 */
import { err, ok, type Result } from '../result';
import { daysInMonth, MS_PER_DAY, startOfUtcDay, utcMs } from './utc-calendar';

/** `baseMs: null` means there is no date-time part (a bare offset such as `-3h`). */
export type DateTimePart = { baseMs: number | null; rest: string };

const WEEKDAYS: Record<string, number> = {
  sun: 0, sunday: 0, mon: 1, monday: 1, tue: 2, tues: 2, tuesday: 2, wed: 3, wednesday: 3,
  thu: 4, thur: 4, thurs: 4, thursday: 4, fri: 5, friday: 5, sat: 6, saturday: 6,
};
const MONTHS: Record<string, number> = {
  jan: 0, january: 0, feb: 1, february: 1, mar: 2, march: 2, apr: 3, april: 3, may: 4,
  jun: 5, june: 5, jul: 6, july: 6, aug: 7, august: 7, sep: 8, sept: 8, september: 8,
  oct: 9, october: 9, nov: 10, november: 10, dec: 11, december: 11,
};

const TIME = String.raw`(\d{1,2}):(\d{2})(?::(\d{2})(?:[.,](\d{1,7}))?)?`;
// `[+-]\d{4}` must not swallow an offset such as `-1000s`, hence the lookahead.
const ISO = new RegExp(String.raw`^(\d{4})[-/](\d{1,2})[-/](\d{1,2})(?:(?:t|\s+)${TIME})?\s*(z|[+-]\d{2}:\d{2}|[+-]\d{4}(?![\d.a-z]))?`);
const PI_CLASSIC = new RegExp(String.raw`^(\d{1,2})-([a-z]{3,9})-(\d{4})(?:\s+${TIME})?`);
const CLOCK = new RegExp(String.raw`^${TIME}(?![\d:])`);
const NUMBER = /^(\d+)(?=$|[\s+-])/;

type Clock = [string | undefined, string | undefined, string | undefined, string | undefined];

/** Validates calendar fields and returns UTC ms, or a reason. Fractions keep up to 7 digits, truncated to ms. */
function fieldsToMs(y: number, mon: number, d: number, [h, m, s, frac]: Clock): Result<number, string> {
  const hh = Number(h ?? 0), mm = Number(m ?? 0), ss = Number(s ?? 0);
  if (mon < 0 || mon > 11) return err(`month ${mon + 1} is not 1-12`);
  if (d < 1 || d > daysInMonth(y, mon)) return err(`day ${d} does not exist in ${y}-${String(mon + 1).padStart(2, '0')}`);
  if (hh > 23 || mm > 59 || ss > 59) return err(`time ${h}:${m}${s ? `:${s}` : ''} is not a valid time of day`);
  const fracMs = frac ? Math.floor(Number(frac.padEnd(7, '0')) / 10_000) : 0;
  return ok(utcMs(y, mon, d, hh, mm, ss, fracMs));
}

function zoneMinutes(zone: string | undefined): Result<number, string> {
  if (!zone || zone === 'z') return ok(0);
  const digits = zone.slice(1).replace(':', '');
  const h = Number(digits.slice(0, 2)), m = Number(digits.slice(2));
  if (h > 14 || m > 59) return err(`zone offset '${zone}' is out of range`);
  return ok((zone[0] === '-' ? -1 : 1) * (h * 60 + m));
}

/** An absolute date: ISO 8601 (zoned or UTC) or PI's classic `15-jan-2024 10:00:00`. */
function readAbsolute(text: string): Result<{ ms: number; length: number }, string> | null {
  const iso = ISO.exec(text);
  if (iso) {
    const ms = fieldsToMs(Number(iso[1]), Number(iso[2]) - 1, Number(iso[3]), [iso[4], iso[5], iso[6], iso[7]]);
    const zone = zoneMinutes(iso[8]);
    if (!ms.ok) return ms;
    if (!zone.ok) return zone;
    return ok({ ms: ms.value - zone.value * 60_000, length: iso[0].length });
  }
  const pi = PI_CLASSIC.exec(text);
  if (pi) {
    const month = MONTHS[pi[2]!];
    if (month === undefined) return err(`unknown month '${pi[2]}'`);
    const ms = fieldsToMs(Number(pi[3]), month, Number(pi[1]), [pi[4], pi[5], pi[6], pi[7]]);
    return ms.ok ? ok({ ms: ms.value, length: pi[0].length }) : ms;
  }
  return null;
}

function readQuoted(text: string): Result<DateTimePart, string> {
  const close = text.indexOf(text[0]!, 1);
  if (close < 0) return err('unterminated quote');
  const inner = text.slice(1, close).trim();
  const abs = readAbsolute(inner);
  if (!abs) return err(`'${inner}' is not an absolute date such as 2024-01-15 or 2024-01-15T10:30:00Z`);
  if (!abs.ok) return abs;
  if (abs.value.length !== inner.length) return err(`unexpected '${inner.slice(abs.value.length)}' inside the quotes`);
  return ok({ baseMs: abs.value.ms, rest: text.slice(close + 1) });
}

function readWord(word: string, nowMs: number): number | null {
  const today = startOfUtcDay(nowMs);
  if (word === 't' || word === 'today') return today;
  if (word === 'y' || word === 'yesterday') return today - MS_PER_DAY;
  const weekday = WEEKDAYS[word];
  if (weekday !== undefined) {
    // Most recent such day, today included.
    return today - ((new Date(today).getUTCDay() - weekday + 7) % 7) * MS_PER_DAY;
  }
  const month = MONTHS[word];
  if (month === undefined) return null;
  // That month of this year on today's day number, clamped to the month's length.
  const now = new Date(today);
  const year = now.getUTCFullYear();
  return utcMs(year, month, Math.min(now.getUTCDate(), daysInMonth(year, month)));
}

/** Reads the date-time part; `null` when the start is not a recognised form. */
export function readDateTimePart(text: string, nowMs: number): Result<DateTimePart, string> | null {
  const first = text[0];
  if (first === undefined || first === '+' || first === '-') return ok({ baseMs: null, rest: text });
  if (first === '*') return ok({ baseMs: nowMs, rest: text.slice(1) });
  if (first === "'" || first === '"') return readQuoted(text);
  const abs = readAbsolute(text);
  if (abs) return abs.ok ? ok({ baseMs: abs.value.ms, rest: text.slice(abs.value.length) }) : abs;
  const clock = CLOCK.exec(text);
  if (clock) {
    const d = new Date(nowMs);
    const ms = fieldsToMs(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate(), [clock[1], clock[2], clock[3], clock[4]]);
    return ms.ok ? ok({ baseMs: ms.value, rest: text.slice(clock[0].length) }) : ms;
  }
  const num = NUMBER.exec(text);
  if (num) {
    const n = Number(num[1]);
    const rest = text.slice(num[0].length);
    if (num[1]!.length === 4 && n >= 1970) return ok({ baseMs: utcMs(n, 0, 1), rest });
    const d = new Date(nowMs);
    if (n >= 1 && n <= 31) {
      const ms = fieldsToMs(d.getUTCFullYear(), d.getUTCMonth(), n, [undefined, undefined, undefined, undefined]);
      return ms.ok ? ok({ baseMs: ms.value, rest }) : ms;
    }
    return err(`number ${num[1]} is neither a day of the month (1-31) nor a year (1970 or later)`);
  }
  const word = /^[a-z]+/.exec(text);
  const baseMs = word ? readWord(word[0], nowMs) : null;
  return baseMs === null || !word ? null : ok({ baseMs, rest: text.slice(word[0].length) });
}
