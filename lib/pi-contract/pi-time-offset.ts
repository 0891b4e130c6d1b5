/**
 * Offset part of PI time strings (`*-1d+2h`, `y+16h30m`) and AFTimeSpan intervals (`1h30m`),
 * contract §4.7. Reasons are plain strings; pi-time.ts wraps them into a PiTimeError.
 */
import { err, ok, type Result } from '../result';
import { addUtcMonths } from './utc-calendar';

type TimeUnit = 'ms' | 's' | 'm' | 'h' | 'd' | 'w' | 'mo' | 'y';

const UNITS: Record<string, TimeUnit> = {
  ms: 'ms', millisecond: 'ms', milliseconds: 'ms',
  s: 's', sec: 's', second: 's', seconds: 's',
  m: 'm', min: 'm', minute: 'm', minutes: 'm',
  h: 'h', hr: 'h', hour: 'h', hours: 'h',
  d: 'd', day: 'd', days: 'd',
  w: 'w', week: 'w', weeks: 'w',
  mo: 'mo', month: 'mo', months: 'mo',
  y: 'y', yr: 'y', year: 'y', years: 'y',
};

const FIXED_MS: Record<Exclude<TimeUnit, 'mo' | 'y'>, number> = {
  ms: 1, s: 1_000, m: 60_000, h: 3_600_000, d: 86_400_000, w: 604_800_000,
};

const UNIT_HINT = 'use ms, s, m, h, d, w, mo or y';
const MAX_ABS_MS = 8.64e15; // the ECMAScript Date range

/** One `<number><unit>` component, already signed. */
export interface SpanTerm {
  amount: number;
  unit: TimeUnit;
  text: string;
}

const COMPONENT = /\s*(\d+(?:\.\d*)?|\.\d+)\s*([a-z]+)/y;
const BARE_NUMBER = /\s*(\d+(?:\.\d*)?|\.\d+)(?![\d.a-z])/y;

/** Reads `1h30m`-style components from `pos` until the next sign or the end. */
function readCompound(text: string, pos: number, sign: 1 | -1, out: SpanTerm[]): Result<number, string> {
  let at = pos;
  for (;;) {
    COMPONENT.lastIndex = at;
    const m = COMPONENT.exec(text);
    if (!m) break;
    const unit = UNITS[m[2]!];
    if (!unit) return err(`unknown time unit '${m[2]}' in '${m[0].trim()}' (${UNIT_HINT})`);
    out.push({ amount: sign * Number(m[1]), unit, text: m[0].trim() });
    at = COMPONENT.lastIndex;
  }
  BARE_NUMBER.lastIndex = at;
  const bare = BARE_NUMBER.exec(text);
  if (bare) return err(`missing unit after '${bare[1]}' (${UNIT_HINT})`);
  if (at === pos) {
    const seen = text.slice(pos).trim();
    return err(seen ? `expected a number and unit such as '1h' at '${seen}'` : 'missing a number and unit after the sign');
  }
  return ok(at);
}

/** Parses a chain of signed compounds: `-1d+2h`, `+16h30m`. Each sign applies to its whole compound. */
export function parseOffsetChain(text: string): Result<SpanTerm[], string> {
  const terms: SpanTerm[] = [];
  let pos = 0;
  while (pos < text.length) {
    const rest = text.slice(pos);
    if (!rest.trim()) break;
    const m = /^\s*([+-])/.exec(rest);
    if (!m) return err(`unexpected '${rest.trim()}' (offsets start with + or -, e.g. '-1h')`);
    const next = readCompound(text, pos + m[0].length, m[1] === '-' ? -1 : 1, terms);
    if (!next.ok) return next;
    pos = next.value;
  }
  return ok(terms);
}

/** Applies offsets in order; months and years use UTC calendar arithmetic and must be whole. */
export function applyOffsets(baseMs: number, terms: SpanTerm[]): Result<number, string> {
  let ms = baseMs;
  for (const t of terms) {
    if (t.unit === 'mo' || t.unit === 'y') {
      if (!Number.isInteger(t.amount)) return err(`'${t.text}': months and years must be whole numbers`);
      ms = addUtcMonths(ms, t.unit === 'y' ? t.amount * 12 : t.amount);
    } else {
      ms += Math.round(t.amount * FIXED_MS[t.unit]);
    }
    if (!Number.isFinite(ms) || Math.abs(ms) > MAX_ABS_MS) return err(`'${t.text}' moves the time out of range`);
  }
  return ok(ms);
}

const CLOCK_SPAN = /^([+-])?(?:(\d+)\.)?(\d+):(\d{1,2})(?::(\d{1,2})(?:\.(\d{1,7}))?)?$/;

/** AFTimeSpan -> ms: `1h`, `-1.5h`, `1h30m`, or .NET clock form `[d.]hh:mm[:ss[.fffffff]]`. */
export function parseSpanMs(input: string): Result<number, string> {
  const text = input.trim().toLowerCase();
  if (!text) return err('empty time span');
  const clock = CLOCK_SPAN.exec(text);
  if (clock) {
    const [, sign, d, h, m, s, frac] = clock;
    if (Number(m) > 59 || Number(s ?? 0) > 59) return err('minutes and seconds must be below 60');
    const fracMs = frac ? Math.floor(Number(frac.padEnd(7, '0')) / 10_000) : 0;
    const ms = (((Number(d ?? 0) * 24 + Number(h)) * 60 + Number(m)) * 60 + Number(s ?? 0)) * 1000 + fracMs;
    return ok(sign === '-' ? -ms + 0 : ms); // + 0 turns -0 into 0
  }
  const signed = /^[+-]/.test(text);
  const sign = text.startsWith('-') ? -1 : 1;
  const terms: SpanTerm[] = [];
  const end = readCompound(text, signed ? 1 : 0, sign, terms);
  if (!end.ok) return end;
  const rest = text.slice(end.value).trim();
  if (rest) return err(`unexpected '${rest}' (a span is one signed run of components such as '1h30m')`);
  let total = 0;
  for (const t of terms) {
    if (t.unit === 'mo' || t.unit === 'y') {
      return err(`'${t.text}': months and years have no fixed length; use d or w for intervals`);
    }
    total += t.amount * FIXED_MS[t.unit];
  }
  total = Math.round(total) + 0; // + 0 turns -0 into 0
  if (!Number.isFinite(total) || Math.abs(total) > MAX_ABS_MS) return err('time span out of range');
  return ok(total);
}
