/** Number formats the presenter reads: fixed en-US grouping so server and browser render alike. */
const countFormat = new Intl.NumberFormat('en-US', { maximumFractionDigits: 0 });
const msFormat = new Intl.NumberFormat('en-US', { minimumFractionDigits: 1, maximumFractionDigits: 1 });

/** 30240 -> "30,240". */
export function formatCount(value: number): string {
  return countFormat.format(value);
}

/** Milliseconds with one decimal: 3.14159 -> "3.1", 1234.5 -> "1,234.5". */
export function formatMs(value: number): string {
  return msFormat.format(value);
}

/** "4 plants x 4 units x 8 sensors". */
export function formatGrid(grid: { plants: number; unitsPerPlant: number; sensorsPerUnit: number }): string {
  return `${formatCount(grid.plants)} plants x ${formatCount(grid.unitsPerPlant)} units x ${formatCount(grid.sensorsPerUnit)} sensors`;
}

const oneDecimal = new Intl.NumberFormat('en-US', { minimumFractionDigits: 1, maximumFractionDigits: 1 });
const compactFormat = new Intl.NumberFormat('en-US', { notation: 'compact', maximumFractionDigits: 1 });
const percentFormat = new Intl.NumberFormat('en-US', { style: 'percent', maximumFractionDigits: 1 });

/**
 * A duration for a big on-screen figure, in the unit a presenter says aloud:
 * 850 -> "850 ms", 12_345 -> "12.3 s", 245_000 -> "4 min 5 s", 3_780_000 -> "1 h 3 min".
 */
export function formatDuration(ms: number): string {
  if (!Number.isFinite(ms) || ms < 0) return '–';
  if (ms < 1_000) return `${Math.round(ms)} ms`;
  if (ms < 60_000) return `${oneDecimal.format(ms / 1_000)} s`;
  const totalSeconds = Math.round(ms / 1_000);
  if (totalSeconds < 3_600) {
    const minutes = Math.floor(totalSeconds / 60);
    const seconds = totalSeconds % 60;
    return seconds === 0 ? `${minutes} min` : `${minutes} min ${seconds} s`;
  }
  const totalMinutes = Math.round(totalSeconds / 60);
  const hours = Math.floor(totalMinutes / 60);
  const minutes = totalMinutes % 60;
  return minutes === 0 ? `${formatCount(hours)} h` : `${formatCount(hours)} h ${minutes} min`;
}

/** A speed-up factor without grouping (the e2e contract reads /^\d+(\.\d+)?×$/): 2.04 -> "2.0×", 123.4 -> "123×". */
export function formatSpeedup(factor: number): string {
  if (!Number.isFinite(factor) || factor <= 0) return '–';
  return factor < 100 ? `${factor.toFixed(1)}×` : `${Math.round(factor)}×`;
}

/** Large counts in a few characters for tight spots: 1_234_567 -> "1.2M", 45_300 -> "45.3K", 980 -> "980". */
export function formatCompact(value: number): string {
  return compactFormat.format(value);
}

/** A fraction as a percentage: 0.05 -> "5%", 0.125 -> "12.5%". */
export function formatPercent(fraction: number): string {
  return percentFormat.format(fraction);
}

/** A ratio of two figures for comparisons: 2.5 -> "2.50×", 0.5 -> "0.50×"; null without a base. */
export function formatRatio(value: number, base: number): string | null {
  if (!Number.isFinite(value) || !Number.isFinite(base) || base === 0) return null;
  return `${(value / base).toFixed(2)}×`;
}

function pad2(n: number): string {
  return String(n).padStart(2, '0');
}

/** A moment in the viewer's local time, sortable and short: "2026-11-23 08:12:05". */
export function formatDateTime(epochMs: number): string {
  const d = new Date(epochMs);
  return `${d.getFullYear()}-${pad2(d.getMonth() + 1)}-${pad2(d.getDate())} ${pad2(d.getHours())}:${pad2(d.getMinutes())}:${pad2(d.getSeconds())}`;
}
