/**
 * A run's value window in words. The settings keep PI time strings ("*-1h" to "*"), which read as
 * syntax to an audience; the common relative form becomes "the hour before the run started".
 */
const UNITS: Readonly<Record<string, string>> = { s: 'second', m: 'minute', h: 'hour', d: 'day', w: 'week', mo: 'month', y: 'year' };
const RELATIVE_TO_NOW = /^\*\s*-\s*(\d+(?:\.\d+)?)\s*(mo|s|m|h|d|w|y)$/;
const NOW = /^\*$/;

export function describeRunWindow(window: { start: string; end: string }): string {
  const start = RELATIVE_TO_NOW.exec(window.start.trim());
  const unit = start?.[2] ? UNITS[start[2]] : undefined;
  if (start?.[1] && unit && NOW.test(window.end.trim())) {
    const n = Number(start[1]);
    return n === 1 ? `the ${unit} before the run started` : `the ${start[1]} ${unit}s before the run started`;
  }
  return `${window.start} to ${window.end} (PI time)`;
}
