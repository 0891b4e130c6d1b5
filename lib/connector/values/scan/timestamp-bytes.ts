/**
 * `parseIsoTimestampMs` over bytes: `YYYY-MM-DDTHH:MM:SSZ` with an optional 1-7 digit fraction,
 * to whole milliseconds, with the same verdicts and the same arithmetic (Date.UTC, so its
 * quirks such as years 0-99 meaning 1900-1999 are kept). Date.UTC is linear in hours, minutes
 * and seconds, so only the day goes through it, and a window's values share a few days.
 */
const ZERO = 0x30;

let cachedDayKey = -1;
let cachedDayMs = 0;

function digit(buf: Buffer, at: number): number {
  const d = buf[at]! - ZERO;
  return d >= 0 && d <= 9 ? d : Number.NaN;
}

function twoDigits(buf: Buffer, at: number): number {
  return digit(buf, at) * 10 + digit(buf, at + 1);
}

/** Date.UTC(year, month - 1, day), remembered for the last day asked (a window spans few days). */
export function dayStartMs(year: number, month: number, day: number): number {
  const dayKey = year * 10000 + month * 100 + day;
  if (dayKey !== cachedDayKey) {
    cachedDayMs = Date.UTC(year, month - 1, day);
    cachedDayKey = dayKey;
  }
  return cachedDayMs;
}

/** Epoch ms of the timestamp in `buf[start..end)`, or NaN when it is not a PI timestamp. */
export function parseIsoTimestampBytes(buf: Buffer, start: number, end: number): number {
  const length = end - start;
  if (length !== 20 && (length < 22 || length > 28)) return Number.NaN;
  if (buf[start + 4] !== 0x2d || buf[start + 7] !== 0x2d || buf[start + 10] !== 0x54) return Number.NaN;
  if (buf[start + 13] !== 0x3a || buf[start + 16] !== 0x3a || buf[end - 1] !== 0x5a) return Number.NaN;
  const year = twoDigits(buf, start) * 100 + twoDigits(buf, start + 2);
  const month = twoDigits(buf, start + 5);
  const day = twoDigits(buf, start + 8);
  const hours = twoDigits(buf, start + 11);
  const minutes = twoDigits(buf, start + 14);
  const seconds = twoDigits(buf, start + 17);
  let fraction = 0;
  if (length > 20) {
    if (buf[start + 19] !== 0x2e) return Number.NaN;
    // Whole milliseconds: the first three fraction digits, the rest only validated.
    for (let i = 0; i < length - 21; i++) {
      const d = digit(buf, start + 20 + i);
      if (i < 3) fraction = fraction * 10 + d;
      else if (Number.isNaN(d)) return Number.NaN;
    }
    for (let i = length - 21; i < 3; i++) fraction *= 10;
  }
  // Any non-digit made one of these NaN, and NaN propagates through the sum.
  if (Number.isNaN(year + month + day + hours + minutes + seconds + fraction)) return Number.NaN;
  return dayStartMs(year, month, day) + hours * 3_600_000 + minutes * 60_000 + seconds * 1000 + fraction;
}
