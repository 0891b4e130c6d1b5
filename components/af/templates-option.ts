/**
 * AF elements per template as horizontal bars, the most common on top, one colour each. A log
 * axis once the counts span more than 50x (60 Plant elements beside 3,780 ProcessUnits).
 */
import { formatCount } from '@/lib/client';
import type { ChartOption } from '../charts/chart-option';
import { categoryColor, type ChartPalette } from '../charts/chart-palette';
import { type AxisPlan, countAxisOption, countAxisPlan } from '../charts/value-axis';

export const NO_TEMPLATE = '(no template)';

type TemplateCounts = readonly { templateName: string | null; count: number }[];

/** Room right of the longest bar for its count label. */
export function templatesPlan(templates: TemplateCounts): AxisPlan {
  return countAxisPlan(templates.map((t) => t.count), { headroom: 1.3 });
}

export function templatesOption(templates: TemplateCounts, palette: ChartPalette): ChartOption {
  // Horizontal bars read top-down: the most common template first.
  const rows = [...templates].reverse();
  return {
    grid: { left: 16, right: 24, top: 8, bottom: 8, containLabel: true },
    tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
    xAxis: countAxisOption(templatesPlan(templates)),
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
