/**
 * Elements per AF level as bars, each labelled with its count. A log axis once the levels span
 * more than 50x: at 30,240 tags 60 plants beside 7,560 equipment would be a 1 px bar.
 */
import { formatCount } from '@/lib/client';
import type { ChartOption } from '../charts/chart-option';
import type { ChartPalette } from '../charts/chart-palette';
import { countAxisOption, countAxisPlan } from '../charts/value-axis';

export function levelsOption(levels: readonly { depth: number; count: number }[], palette: ChartPalette): ChartOption {
  const plan = countAxisPlan(levels.map((l) => l.count), { headroom: 1.15 });
  return {
    grid: { left: 16, right: 16, top: 40, bottom: 8, containLabel: true },
    tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
    xAxis: { type: 'category', data: levels.map((l) => `Level ${l.depth}`) },
    yAxis: { ...countAxisOption(plan), name: plan.scale === 'log' ? 'elements (log scale)' : 'elements', nameTextStyle: { align: 'left' } },
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
