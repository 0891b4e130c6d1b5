/**
 * A run's time window in words a presenter reads out, instead of PI syntax (`*-1h` to `*`):
 * "last hour, 13:00–14:00 UTC". The clock times are the ones the run resolved when it started.
 */

const UNIT_WORDS: Readonly<Record<string, [string, string]>> = {
  s: ['second', 'seconds'],
  m: ['minute', 'minutes'],
  h: ['hour', 'hours'],
  d: ['day', 'days'],
};

/** "last hour" for `*-1h` to `*`, "last 6 hours" for `*-6h`; null for any other shape. */
function relativeWords(start: string, end: string): string | null {
  if (end.trim() !== '*') return null;
  const match = start.trim().match(/^\*\s*-\s*(\d+)\s*([smhd])$/);
  if (!match) return null;
  const count = Number(match[1]);
  const words = UNIT_WORDS[match[2] ?? ''];
  if (!words || count <= 0) return null;
  return count === 1 ? `last ${words[0]}` : `last ${count} ${words[1]}`;
}

function pad2(n: number): string {
  return String(n).padStart(2, '0');
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

function clock(d: Date): string {
  return `${pad2(d.getUTCHours())}:${pad2(d.getUTCMinutes())}`;
}

function day(d: Date): string {
  return `${d.getUTCDate()} ${MONTHS[d.getUTCMonth()] ?? ''}`;
}

/** The resolved window in UTC: "13:00–14:00 UTC", with dates when it spans midnight. */
export function formatUtcRange(startIso: string, endIso: string): string | null {
  const start = new Date(startIso);
  const end = new Date(endIso);
  if (Number.isNaN(start.getTime()) || Number.isNaN(end.getTime())) return null;
  if (day(start) === day(end)) return `${clock(start)}–${clock(end)} UTC`;
  return `${day(start)} ${clock(start)} – ${day(end)} ${clock(end)} UTC`;
}

/**
 * "last hour, 13:00–14:00 UTC"; without the resolved times (a run not yet started) the words
 * alone, and for a window PI syntax cannot be put into words, "from <start> to <end>".
 */
export function describeWindow(window: { start: string; end: string }, resolved: { start: string; end: string } | null): string {
  const words = relativeWords(window.start, window.end);
  const range = resolved ? formatUtcRange(resolved.start, resolved.end) : null;
  if (words && range) return `${words}, ${range}`;
  if (range) return range;
  return words ?? `from ${window.start} to ${window.end}`;
}
