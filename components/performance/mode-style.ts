/** One colour per extraction mode on every performance chart, so a mode reads the same everywhere. */
import type { ExtractionModeName } from '@/lib/runs/schemas';
import { categoryColor, type ChartPalette } from '../charts/chart-palette';

const MODE_COLOR_INDEX: Record<ExtractionModeName, number> = { batch: 0, sequential: 1, streamsets: 2 };

export function modeColor(palette: ChartPalette, mode: ExtractionModeName): string {
  return categoryColor(palette, MODE_COLOR_INDEX[mode]);
}

/** '#0b5cad' at `alpha` as rgba(); ECharts' item opacity would fade the bar's label too. */
export function fade(hex: string, alpha: number): string {
  const n = Number.parseInt(hex.slice(1), 16);
  return `rgba(${(n >> 16) & 255}, ${(n >> 8) & 255}, ${n & 255}, ${alpha})`;
}

/** Projected figures: the mode's colour, faded, with a dashed outline, so they never pass for measurements. */
export function projectedStyle(palette: ChartPalette, mode: ExtractionModeName) {
  const color = modeColor(palette, mode);
  return { color: fade(color, 0.3), borderColor: color, borderWidth: 2, borderType: 'dashed' as const };
}

export const FEASIBLE_MARK = '✓';
export const INFEASIBLE_MARK = '✗';
