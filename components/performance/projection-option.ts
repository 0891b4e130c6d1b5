/**
 * "Projection to 30,240 tags against the 5-minute SLA": one horizontal bar per mode, measured when
 * the run read exactly 30,240 tags, else projected from its measured rate (faded, dashed, and the
 * label says so); a vertical SLA line and a ✓/✗ per bar.
 */
import { formatDuration } from '@/lib/client/format';
import { formatSeconds } from '@/lib/client/format-seconds';
import type { ScaleProjection } from '@/lib/runs/projections';
import { CHART_FONT_SIZE, type ChartOption } from '../charts/chart-option';
import type { ChartPalette } from '../charts/chart-palette';
import { MODE_LABELS } from '../run/mode-labels';
import { FEASIBLE_MARK, INFEASIBLE_MARK, modeColor, projectedStyle } from './mode-style';
import { timeAxisRange } from './time-axis';

/** "✓ 2.6 min (within 5 min)" / "✗ 45 min (over 5 min)", with "projected" when it is. */
export function feasibilityText(elapsedMs: number, slaMs: number, isProjection: boolean): string {
  const fits = elapsedMs <= slaMs;
  return `${fits ? FEASIBLE_MARK : INFEASIBLE_MARK} ${formatDuration(elapsedMs)}${isProjection ? ' projected' : ' measured'} (${fits ? 'within' : 'over'} ${formatDuration(slaMs)})`;
}

export function slaMarkLine(slaMs: number, palette: ChartPalette, axis: 'xAxis' | 'yAxis') {
  return {
    symbol: 'none',
    silent: true,
    animation: false,
    lineStyle: { color: palette.alternative, width: 2, type: 'dashed' as const },
    // A vertical line's label sits above its top end; a horizontal one's inside, above the line, so it never leaves the canvas.
    label: { formatter: `SLA ${formatDuration(slaMs)}`, color: palette.alternative, fontSize: CHART_FONT_SIZE, fontWeight: 'bold' as const, position: axis === 'xAxis' ? ('end' as const) : ('insideEndTop' as const) },
    data: [axis === 'xAxis' ? { xAxis: slaMs / 1000 } : { yAxis: slaMs / 1000 }],
  };
}

export function projectionOption(rows: readonly ScaleProjection[], palette: ChartPalette): ChartOption {
  const slaMs = rows[0]?.slaMs ?? 300_000;
  // Keep the SLA line on the chart even when every mode is far below it.
  const axis = timeAxisRange(Math.max(slaMs / 1000, ...rows.map((r) => r.elapsedMs / 1000)) * 1.05);
  const maxSeconds = axis.max;
  // The first mode on top: a category axis draws bottom-up, and inverting it would flip the SLA label to the bottom.
  const ordered = [...rows].reverse();
  return {
    grid: { left: 8, right: 24, top: 36, bottom: 8, containLabel: true },
    tooltip: { trigger: 'item' },
    yAxis: { type: 'category', data: ordered.map((r) => MODE_LABELS[r.mode]), axisLabel: { fontWeight: 'bold' } },
    xAxis: { type: 'value', ...axis, axisLabel: { formatter: (v: number) => formatSeconds(v), hideOverlap: true } },
    series: [
      {
        type: 'bar',
        name: 'Time for 30,240 tags',
        barWidth: '50%',
        barMaxWidth: 56,
        data: ordered.map((r) => ({
          value: r.elapsedMs / 1000,
          itemStyle: r.isProjection ? projectedStyle(palette, r.mode) : { color: modeColor(palette, r.mode) },
          label: {
            show: true,
            // Inside the bar when the bar is long enough to hold it, so a long bar's label stays on the canvas.
            position: r.elapsedMs / 1000 > maxSeconds * 0.55 ? 'insideRight' : 'right',
            formatter: feasibilityText(r.elapsedMs, r.slaMs, r.isProjection),
            color: r.feasible ? palette.median : palette.alternative,
            fontSize: CHART_FONT_SIZE + 1,
            fontWeight: 'bold',
          },
          tooltip: { formatter: `${MODE_LABELS[r.mode]}: ${formatDuration(r.elapsedMs)} for ${r.tags.toLocaleString('en-US')} tags (${r.label})` },
        })),
        markLine: slaMarkLine(slaMs, palette, 'xAxis'),
      },
    ],
  };
}
