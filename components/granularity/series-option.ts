/** The raw-series chart: the value line, quality marks in their own colours with counts in the legend, zoomable in time. */
import { formatCount } from '@/lib/client';
import type { ChartOption } from '../charts/chart-option';
import type { ChartPalette } from '../charts/chart-palette';
import type { SplitSeries } from './split-series';

export const SERIES_NAMES = { value: 'Value', questionable: 'Questionable', substituted: 'Substituted', states: 'System state' } as const;

const timeFormat = new Intl.DateTimeFormat('en-GB', { dateStyle: 'medium', timeStyle: 'medium' });
const valueFormat = new Intl.NumberFormat('en-US', { maximumFractionDigits: 3 });

/** Series order in the option; the tooltip tells them apart by index (names carry counts). */
const VALUE_SERIES = 0;
const STATE_SERIES = 3;

interface TooltipParam {
  seriesIndex: number;
  seriesName: string;
  value: [number, number | null];
  name?: string;
}

function tooltip(units: string) {
  return (raw: unknown): string => {
    const params = (Array.isArray(raw) ? raw : [raw]) as TooltipParam[];
    const first = params[0];
    if (!first) return '';
    const lines = [`<strong>${timeFormat.format(first.value[0])}</strong>`];
    for (const p of params) {
      if (p.seriesIndex === VALUE_SERIES) {
        lines.push(p.value[1] === null ? 'no value' : `${valueFormat.format(p.value[1])} ${units}`);
      } else if (p.seriesIndex === STATE_SERIES) {
        lines.push(`${SERIES_NAMES.states}: ${p.name ?? ''}`);
      } else {
        lines.push(p.seriesName.replace(/ \(.*\)$/, ''));
      }
    }
    return lines.join('<br/>');
  };
}

export function seriesOption(split: SplitSeries, units: string, palette: ChartPalette): ChartOption {
  const marks = (color: string, symbol: string) => ({
    type: 'scatter' as const,
    symbol,
    symbolSize: 11,
    z: 3,
    itemStyle: { color, borderColor: palette.surface, borderWidth: 1 },
  });
  const label = (name: string, count: number) => `${name} (${formatCount(count)})`;
  return {
    grid: { left: 16, right: 28, top: 48, bottom: 64, containLabel: true },
    legend: { top: 0, left: 0, itemGap: 20 },
    tooltip: { trigger: 'axis', formatter: tooltip(units) },
    xAxis: { type: 'time', splitLine: { show: false } },
    yAxis: { type: 'value', name: units, scale: true, nameTextStyle: { align: 'left' } },
    dataZoom: [
      { type: 'inside', xAxisIndex: 0 },
      { type: 'slider', xAxisIndex: 0, height: 28, bottom: 8 },
    ],
    series: [
      {
        type: 'line',
        name: SERIES_NAMES.value,
        data: split.line,
        showSymbol: false,
        connectNulls: false,
        lineStyle: { width: 2, color: palette.primary },
        itemStyle: { color: palette.primary },
      },
      { ...marks(palette.questionable, 'circle'), name: label(SERIES_NAMES.questionable, split.questionable.length), data: split.questionable },
      { ...marks(palette.substituted, 'diamond'), name: label(SERIES_NAMES.substituted, split.substituted.length), data: split.substituted },
      { ...marks(palette.systemState, 'triangle'), symbolSize: 14, name: label(SERIES_NAMES.states, split.states.length), data: split.states },
    ],
  };
}
