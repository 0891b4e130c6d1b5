/** The Live chart: one line per watched tag over the last two minutes, each on its own scale (units differ per sensor). */
import type { ChartOption } from '../charts/chart-option';
import type { ChartPalette } from '../charts/chart-palette';
import type { TagLine } from './live-state';

export function liveChartOption(lines: readonly TagLine[], palette: ChartPalette): ChartOption {
  return {
    animation: false,
    grid: { left: 16, right: 28, top: 48, bottom: 32, containLabel: true },
    legend: { top: 0, left: 0, itemGap: 20 },
    tooltip: { trigger: 'axis' },
    xAxis: { type: 'time', splitLine: { show: false } },
    // One hidden scale per line: a temperature and a power sit together without one flattening the other.
    // The one axis drawn is the first tag's, and says so: the others' numbers are in the tooltip.
    yAxis: lines.map((line, i) => ({ type: 'value', scale: true, show: i === 0, splitLine: { show: i === 0 }, ...(i === 0 ? { name: line.name, nameTextStyle: { align: 'left' } } : {}) })),
    series: lines.map((line, i) => ({
      type: 'line',
      name: line.name,
      yAxisIndex: i,
      showSymbol: false,
      connectNulls: false,
      lineStyle: { width: 2 },
      color: palette.categories[i % palette.categories.length],
      data: line.tsMs.map((ts, k) => [ts, line.value[k] ?? null]),
    })),
  };
}
