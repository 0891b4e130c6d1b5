/** Elements per AF level as bars, each labelled with its count. */
import { formatCount } from '@/lib/client/format';
import type { ChartOption } from '../charts/chart-option';
import type { ChartPalette } from '../charts/chart-palette';

export function levelsOption(levels: readonly { depth: number; count: number }[], palette: ChartPalette): ChartOption {
  return {
    grid: { left: 16, right: 16, top: 40, bottom: 8, containLabel: true },
    tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
    xAxis: { type: 'category', data: levels.map((l) => `Level ${l.depth}`) },
    yAxis: { type: 'value', name: 'elements', nameTextStyle: { align: 'left' }, minInterval: 1 },
    series: [
      {
        type: 'bar',
        name: 'Elements',
        data: levels.map((l) => l.count),
        barMaxWidth: 96,
        itemStyle: { color: palette.primary, borderRadius: [4, 4, 0, 0] },
        label: { show: true, position: 'top', color: palette.text, fontSize: palette.fontSize, fontWeight: 'bold', formatter: (p: unknown) => formatCount((p as { value: number }).value) },
      },
    ],
  };
}
