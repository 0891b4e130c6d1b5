/** AF elements per template as horizontal bars, the most common on top, one colour each. */
import { formatCount } from '@/lib/client/format';
import type { ChartOption } from '../charts/chart-option';
import { categoryColor, type ChartPalette } from '../charts/chart-palette';

export const NO_TEMPLATE = '(no template)';

export function templatesOption(templates: readonly { templateName: string | null; count: number }[], palette: ChartPalette): ChartOption {
  // Horizontal bars read top-down: the most common template first.
  const rows = [...templates].reverse();
  return {
    grid: { left: 16, right: 56, top: 8, bottom: 8, containLabel: true },
    tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
    xAxis: { type: 'value', minInterval: 1 },
    yAxis: { type: 'category', data: rows.map((t) => t.templateName ?? NO_TEMPLATE) },
    series: [
      {
        type: 'bar',
        name: 'Elements',
        data: rows.map((t, i) => ({ value: t.count, itemStyle: { color: categoryColor(palette, rows.length - 1 - i) } })),
        barMaxWidth: 34,
        label: { show: true, position: 'right', color: palette.text, fontSize: palette.fontSize, formatter: (p: unknown) => formatCount((p as { value: number }).value) },
      },
    ],
  };
}
