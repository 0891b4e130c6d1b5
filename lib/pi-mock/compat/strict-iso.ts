/**
 * A strict ISO 8601 UTC reader for tests, standing in for what the seed's clients parse times
 * with (pandas `to_datetime`, `datetime.fromisoformat`): `YYYY-MM-DDTHH:MM:SS[.fraction]Z` with a
 * real calendar date, inside pandas' nanosecond range (1677-09-21 .. 2262-04-11). Date.parse is
 * too lenient to stand in: it reads `9999-12-31T23:59:59Z`, which pandas cannot represent.
 */
import { err, ok, type Result } from '../../result';

const ISO_UTC = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})(?:\.(\d{1,9}))?Z$/;
const PANDAS_MIN_MS = Date.UTC(1677, 8, 21, 0, 12, 44);
const PANDAS_MAX_MS = Date.UTC(2262, 3, 11, 23, 47, 16);

/** ms since epoch, or why the text is not a strict ISO 8601 UTC time pandas can hold. */
export function parseStrictIsoUtc(text: string): Result<number, string> {
  const m = ISO_UTC.exec(text);
  if (!m) return err(`'${text}' is not YYYY-MM-DDTHH:MM:SS[.f]Z`);
  const [year, month, day, hour, minute, second] = m.slice(1, 7).map(Number) as [number, number, number, number, number, number];
  const ms = Date.UTC(year, month - 1, day, hour, minute, second) + Math.floor(Number(`0.${m[7] ?? '0'}`) * 1000);
  const back = new Date(ms);
  // Date.UTC rolls 2024-02-30 over into March: a real date reads back the same fields.
  if (back.getUTCFullYear() !== year || back.getUTCMonth() !== month - 1 || back.getUTCDate() !== day || hour > 23 || minute > 59 || second > 59) {
    return err(`'${text}' is not a calendar date and time`);
  }
  if (ms < PANDAS_MIN_MS || ms > PANDAS_MAX_MS) return err(`'${text}' is outside pandas' datetime64[ns] range`);
  return ok(ms);
}
