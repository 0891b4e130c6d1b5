/** Durations and intervals for chart labels: the largest unit that keeps the number short. */
const oneDecimal = new Intl.NumberFormat('en-US', { maximumFractionDigits: 1 });

interface Unit {
  limit: number;
  size: number;
  name: string;
}

const DAYS: Unit = { limit: Number.POSITIVE_INFINITY, size: 86_400, name: 'd' };
const UNITS: readonly Unit[] = [
  { limit: 60, size: 1, name: 's' },
  { limit: 3_600, size: 60, name: 'min' },
  { limit: 86_400, size: 3_600, name: 'h' },
  DAYS,
];

function unitOf(seconds: number): Unit {
  return UNITS.find((u) => Math.abs(seconds) < u.limit) ?? DAYS;
}

/** 45 -> "45 s", 90 -> "1.5 min", 300 -> "5 min", 5400 -> "1.5 h", 86400 -> "1 d". */
export function formatSeconds(seconds: number): string {
  const unit = unitOf(seconds);
  return `${oneDecimal.format(seconds / unit.size)} ${unit.name}`;
}

/** A histogram bucket [from, to): "1–5 s", "2–5 min", "30 min–1 h"; an open end reads "≥ 1 h". */
export function formatSecondsRange(fromSeconds: number, toSeconds: number | null): string {
  if (toSeconds === null) return `≥ ${formatSeconds(fromSeconds)}`;
  const to = unitOf(toSeconds);
  // A range that ends exactly on the next unit (30 min–1 h) keeps both units; otherwise one suffices.
  const from = fromSeconds === 0 ? to : unitOf(fromSeconds);
  if (from === to) return `${oneDecimal.format(fromSeconds / to.size)}–${formatSeconds(toSeconds)}`;
  return `${formatSeconds(fromSeconds)}–${formatSeconds(toSeconds)}`;
}
