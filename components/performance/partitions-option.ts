/**
 * "Partitions 1 / 10 / 20": per mode, the time to read 30,240 tags split across N clients side by
 * side, measured when a run did exactly that, else the labelled ideal-scaling projection. Bars run
 * sideways (one row per mode and count) so every label has room; the SLA is a vertical line.
 */
import { formatDuration } from '@/lib/client/format';
import { formatSeconds } from '@/lib/client/format-seconds';
import type { PartitionFigure } from '@/lib/runs/projections';
import type { ExtractionModeName } from '@/lib/runs/schemas';
import { CHART_FONT_SIZE, type ChartOption } from '../charts/chart-option';
import type { ChartPalette } from '../charts/chart-palette';
import { MODE_LABELS } from '../run/mode-labels';
import { FEASIBLE_MARK, INFEASIBLE_MARK, modeColor, projectedStyle } from './mode-style';
import { slaMarkLine } from './projection-option';
import { timeAxisRange } from './time-axis';

export interface PartitionSeries {
  mode: ExtractionModeName;
  figures: PartitionFigure[];
}

function countLabel(n: number): string {
  return n === 1 ? '1 partition' : `${n} partitions`;
}

export function partitionsOption(series: readonly PartitionSeries[], counts: readonly number[], slaMs: number, palette: ChartPalette): ChartOption {
  const longest = Math.max(slaMs, ...series.flatMap((s) => s.figures.map((f) => f.elapsedMs))) / 1000;
  const axis = timeAxisRange(longest * 1.08);
  // A category axis draws bottom-up: reversed, "1 partition" ends on top. Within a row the first
  // series is drawn on top, so the bars read down in legend order.
  const rows = [...counts].reverse();
  return {
    grid: { left: 8, right: 24, top: 40, bottom: 8, containLabel: true },
    tooltip: { trigger: 'item' },
    legend: { top: 0, left: 0, data: series.map((s) => MODE_LABELS[s.mode]) },
    yAxis: { type: 'category', data: rows.map(countLabel), axisLabel: { fontWeight: 'bold' } },
    xAxis: { type: 'value', ...axis, axisLabel: { formatter: (v: number) => formatSeconds(v), hideOverlap: true } },
    series: series.map((s, i) => ({
      type: 'bar' as const,
      name: MODE_LABELS[s.mode],
      itemStyle: { color: modeColor(palette, s.mode) },
      barGap: '15%',
      barMaxWidth: 40,
      data: rows.map((n) => {
        const f = s.figures.find((x) => x.partitions === n);
        // '-' is ECharts' "no value": no bar, rather than a bar of 0 s that reads as instant.
        if (!f) return { value: '-', label: { show: false } };
        const seconds = f.elapsedMs / 1000;
        return {
          value: seconds,
          itemStyle: f.isProjection ? projectedStyle(palette, s.mode) : { color: modeColor(palette, s.mode) },
          label: {
            show: true,
            position: seconds > axis.max * 0.6 ? ('insideRight' as const) : ('right' as const),
            formatter: `${f.feasible ? FEASIBLE_MARK : INFEASIBLE_MARK} ${formatDuration(f.elapsedMs)}${f.isProjection ? ' projected' : ' measured'}`,
            color: f.feasible ? palette.median : palette.alternative,
            fontSize: CHART_FONT_SIZE,
            fontWeight: 'bold' as const,
          },
          tooltip: { formatter: `${MODE_LABELS[s.mode]}, ${countLabel(n)}: ${formatDuration(f.elapsedMs)} (${f.label})` },
        };
      }),
      // One SLA line is enough; it rides on the first series.
      ...(i === 0 ? { markLine: slaMarkLine(slaMs, palette, 'xAxis') } : {}),
    })),
  };
}
