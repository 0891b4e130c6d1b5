/** Event frames per template as stacked bars: ended below, in progress on top, the total above. */
import { formatCount } from '@/lib/client';
import type { FrameTemplatesResult } from '@/lib/api-contract';
import type { ChartOption } from '../charts/chart-option';
import type { ChartPalette } from '../charts/chart-palette';
import { NO_TEMPLATE } from './timeline-option';

export function frameTemplatesOption(templates: FrameTemplatesResult['templates'], palette: ChartPalette): ChartOption {
  const bar = (name: string, color: string, values: number[]) => ({
    type: 'bar' as const,
    name,
    stack: 'frames',
    data: values,
    barMaxWidth: 88,
    itemStyle: { color },
  });
  return {
    grid: { left: 16, right: 16, top: 44, bottom: 8, containLabel: true },
    legend: { top: 0, left: 0 },
    tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
    xAxis: { type: 'category', data: templates.map((t) => t.templateName ?? NO_TEMPLATE) },
    yAxis: { type: 'value', minInterval: 1 },
    series: [
      bar('Ended', palette.primary, templates.map((t) => t.count - t.inProgress)),
      {
        ...bar('In progress', palette.secondary, templates.map((t) => t.inProgress)),
        // The total sits on top of the stack, where the eye ends.
        label: {
          show: true,
          position: 'top',
          color: palette.text,
          fontSize: palette.fontSize,
          fontWeight: 'bold',
          formatter: (p: unknown) => formatCount(templates[(p as { dataIndex: number }).dataIndex]?.count ?? 0),
        },
      },
    ],
  };
}
