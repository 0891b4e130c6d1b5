/**
 * A mode's rows in a per-mode bar chart: the measured row in the mode's colour and, for a
 * time-boxed mode, its whole-set projection as a second, faded row. Each chart says only what
 * its figure is (time, requests); the rows' names, colours and projected style are set here.
 */
import { formatCount } from '@/lib/client';
import type { ExtractionModeName } from '@/lib/api-contract';
import type { ChartPalette } from '../charts/chart-palette';
import type { RowBar } from '../charts/row-bars-option';
import { MODE_LABELS } from '../run/mode-labels';
import { modeColor, projectedStyle } from './mode-style';

/** One row's figure and words; the tooltip follows the mode's name. */
export interface RowFigure {
  value: number;
  label: string;
  shortLabel: string;
  tooltip: string;
}

export function modeRows(palette: ChartPalette, mode: ExtractionModeName, tagsTotal: number, measured: RowFigure, projected: RowFigure | null): RowBar[] {
  const name = MODE_LABELS[mode];
  const measuredRow: RowBar = {
    category: name,
    ...measured,
    tooltip: `${name}: ${measured.tooltip}`,
    itemStyle: { color: modeColor(palette, mode) },
    labelColor: palette.text,
  };
  if (projected === null) return [measuredRow];
  return [
    measuredRow,
    {
      category: `${name}, all ${formatCount(tagsTotal)} tags`,
      name,
      ...projected,
      tooltip: `${name}: ${projected.tooltip}`,
      itemStyle: projectedStyle(palette, mode),
      labelColor: palette.text,
    },
  ];
}
