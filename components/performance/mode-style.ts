/** One colour per extraction mode on every performance chart, so a mode reads the same everywhere. */
import type { ExtractionModeName } from '@/lib/api-contract';
import type { ChartPalette } from '../charts/chart-palette';
import { fade } from '../charts/colors';

/** The mode's token colour: the Run page's progress bar of the mode is the same (--mode-* in tokens.css). */
export function modeColor(palette: ChartPalette, mode: ExtractionModeName): string {
  return palette.modes[mode];
}

/** Projected figures: the mode's colour, faded, with a dashed outline, so they never pass for measurements. */
export function projectedStyle(palette: ChartPalette, mode: ExtractionModeName) {
  const color = modeColor(palette, mode);
  return { color: fade(color, 0.3), borderColor: color, borderWidth: 2, borderType: 'dashed' as const };
}

export const FEASIBLE_MARK = '✓';
export const INFEASIBLE_MARK = '✗';
