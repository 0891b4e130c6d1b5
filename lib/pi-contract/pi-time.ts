/**
 * PI time strings and AFTimeSpans (contract §4.7) for the mock's query parameters and the
 * connector's requests. The mock's PI server runs in UTC, so zone-less strings are UTC.
 * Never throws on user input: every failure is a PiTimeError with a reason a user can act on.
 */
import { err, ok, type Result } from '../result';
import { readDateTimePart } from './pi-time-base';
import { applyOffsets, parseOffsetChain, parseSpanMs } from './pi-time-offset';

export type PiTimeError = { kind: 'invalid-time'; input: string; reason: string };

const FORMS_HINT = "expected *, t, y, a weekday, an ISO 8601 time such as 2024-01-15T10:30:00Z, or an offset such as *-1h";

function invalid(input: string, reason: string): Result<never, PiTimeError> {
  return err({ kind: 'invalid-time', input, reason });
}

/**
 * PI time string -> epoch ms. Empty/undefined input means `defaultTime` (itself a PI time
 * string, e.g. '*-1d'; `*` when absent). relativeToMs is the base of a bare offset ('-3h',
 * '+1h') when the string is an end time relative to the start; without it a bare offset is
 * relative to now.
 */
/** `2024-01-01T00:00:00Z` with up to 7 fractional digits (Date.parse keeps 3). */
const ISO_UTC = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d{1,7})?Z$/;

export function parsePiTime(
  input: string | undefined,
  ctx: { nowMs: number; defaultTime?: string; relativeToMs?: number },
): Result<number, PiTimeError> {
  const source = input === undefined || input.trim() === '' ? (ctx.defaultTime ?? '*') : input;
  // Fast path for what connectors send on every request (contract §10.3): ISO 8601 UTC with Z.
  if (ISO_UTC.test(source)) {
    const ms = Date.parse(source.length > 24 ? source.slice(0, 23) + 'Z' : source);
    // Date.parse rolls 24:00 or 31 Feb over; only an exact round trip takes the fast path.
    if (Number.isFinite(ms) && new Date(ms).toISOString().slice(0, 19) === source.slice(0, 19)) return ok(ms);
  }
  const text = source.trim().toLowerCase();
  if (!text) return invalid(source, `empty time string (${FORMS_HINT})`);
  const part = readDateTimePart(text, ctx.nowMs);
  if (part === null) return invalid(source, `unrecognised time string '${source}': ${FORMS_HINT}`);
  if (!part.ok) return invalid(source, part.error);
  const terms = parseOffsetChain(part.value.rest);
  if (!terms.ok) return invalid(source, terms.error);
  const baseMs = part.value.baseMs ?? ctx.relativeToMs ?? ctx.nowMs;
  const ms = applyOffsets(baseMs, terms.value);
  return ms.ok ? ok(ms.value) : invalid(source, ms.error);
}

/** AFTimeSpan ('1h', '15m', '30s', '500ms', '1d', '2w', '-1h', '1.5h', '1h30m') -> ms (may be negative); months/years are rejected with a reason (not fixed-length). */
export function parsePiTimeSpan(input: string): Result<number, PiTimeError> {
  const ms = parseSpanMs(input);
  return ms.ok ? ok(ms.value) : invalid(input, ms.error);
}

/** epoch ms -> PI output timestamp: ISO 8601 UTC with 'Z', fractional seconds only when non-zero (e.g. '2024-01-01T00:00:00Z', '2024-01-01T00:00:00.5Z'). Throws RangeError for a non-finite ms (a bug, not input). */
export function formatPiTimestamp(ms: number): string {
  // toISOString always writes `.sss`; PI drops a zero fraction and trailing zeros.
  return new Date(ms).toISOString().replace(/\.(\d{3})Z$/, (_match, frac: string) => {
    const digits = frac.replace(/0+$/, '');
    return digits ? `.${digits}Z` : 'Z';
  });
}
