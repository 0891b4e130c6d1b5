/**
 * Durations in the units a presenter says aloud, for axis ticks and bar labels: "1 h 18 min", never
 * "1.3 h" (which reads as one hour thirty). Whole units are combined (h + min, min + s, d + h);
 * only seconds below a minute keep a decimal.
 */
const secondsFormat = new Intl.NumberFormat('en-US', { maximumFractionDigits: 1 });
const countFormat = new Intl.NumberFormat('en-US', { maximumFractionDigits: 0 });

function pair(big: number, bigUnit: string, small: number, smallUnit: string): string {
  return small === 0 ? `${countFormat.format(big)} ${bigUnit}` : `${countFormat.format(big)} ${bigUnit} ${small} ${smallUnit}`;
}

/** 0 -> "0 s", 0.25 -> "250 ms", 4.7 -> "4.7 s", 90 -> "1 min 30 s", 4680 -> "1 h 18 min", 93600 -> "1 d 2 h". */
export function formatHumanSeconds(seconds: number): string {
  if (!Number.isFinite(seconds) || seconds < 0) return '–';
  if (seconds === 0) return '0 s';
  if (seconds < 1) return `${Math.round(seconds * 1000)} ms`;
  if (seconds < 59.95) return `${secondsFormat.format(seconds)} s`;
  const totalSeconds = Math.round(seconds);
  if (totalSeconds < 3_600) return pair(Math.floor(totalSeconds / 60), 'min', totalSeconds % 60, 's');
  const totalMinutes = Math.round(totalSeconds / 60);
  if (totalMinutes < 24 * 60) return pair(Math.floor(totalMinutes / 60), 'h', totalMinutes % 60, 'min');
  const totalHours = Math.round(totalMinutes / 60);
  return pair(Math.floor(totalHours / 24), 'd', totalHours % 24, 'h');
}
