/** UTC calendar arithmetic for PI time strings; the mock's PI server runs in UTC (contract §4.7). */

export const MS_PER_DAY = 86_400_000;

/** Like `Date.UTC`, but years 0-99 stay literal instead of mapping to 1900-1999. */
export function utcMs(year: number, monthIndex: number, day: number, h = 0, m = 0, s = 0, ms = 0): number {
  const d = new Date(0);
  d.setUTCFullYear(year, monthIndex, day);
  d.setUTCHours(h, m, s, ms);
  return d.getTime();
}

/** Days in a month; `monthIndex` is 0-based and may overflow into the next year. */
export function daysInMonth(year: number, monthIndex: number): number {
  return new Date(utcMs(year, monthIndex + 1, 0)).getUTCDate();
}

export function startOfUtcDay(ms: number): number {
  return Math.floor(ms / MS_PER_DAY) * MS_PER_DAY;
}

/** Adds whole calendar months, clamping the day like .NET `AddMonths` (31 Jan + 1 month = 28/29 Feb). */
export function addUtcMonths(ms: number, months: number): number {
  const d = new Date(ms);
  const total = d.getUTCFullYear() * 12 + d.getUTCMonth() + months;
  const year = Math.floor(total / 12);
  const monthIndex = total - year * 12;
  const day = Math.min(d.getUTCDate(), daysInMonth(year, monthIndex));
  return utcMs(year, monthIndex, day, d.getUTCHours(), d.getUTCMinutes(), d.getUTCSeconds(), d.getUTCMilliseconds());
}
