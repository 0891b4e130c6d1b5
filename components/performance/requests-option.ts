/**
 * "HTTP requests per mode" on a log axis (sequential sends ~100x more than batch: on a linear axis
 * batch would be a sliver). A time-boxed mode's whole-set count is projected at its measured
 * requests per tag and drawn behind, faded and labelled.
 */
import { formatCount } from '@/lib/client/format';
import { timeBoxLabel } from '@/lib/runs/projections';
import type { ModeSummary } from '@/lib/runs/schemas';
import { CHART_FONT_SIZE, type ChartOption } from '../charts/chart-option';
import type { ChartPalette } from '../charts/chart-palette';
import { MODE_LABELS } from '../run/mode-labels';
import { modeColor, projectedStyle } from './mode-style';

export interface RequestBar {
  mode: ModeSummary['mode'];
  measured: number;
  projection: { requests: number; label: string } | null;
}

export function requestBars(modes: readonly ModeSummary[]): RequestBar[] {
  return modes.map((m) => {
    const p = m.timeBoxed ? m.projection : null;
    return {
      mode: m.mode,
      measured: m.httpRequests,
      projection: p && p.basisTags > 0 ? { requests: Math.round((m.httpRequests * p.totalTags) / p.basisTags), label: timeBoxLabel(p.basisTags, p.totalTags) } : null,
    };
  });
}

export function requestsOption(bars: readonly RequestBar[], palette: ChartPalette): ChartOption {
  return {
    grid: { left: 8, right: 16, top: 48, bottom: 8, containLabel: true },
    tooltip: { trigger: 'item' },
    xAxis: { type: 'category', data: bars.map((b) => MODE_LABELS[b.mode]), axisLabel: { fontWeight: 'bold' } },
    // Log axes cannot show 0; a mode with no request still sits on the floor at 1.
    yAxis: { type: 'log', name: 'requests, log scale', nameTextStyle: { align: 'left' }, min: 1, logBase: 10, axisLabel: { formatter: (v: number) => formatCount(v) } },
    series: [
      {
        type: 'bar',
        name: 'Projected for all tags',
        barWidth: '45%',
        barMaxWidth: 140,
        data: bars.map((b) =>
          b.projection
            ? {
                value: Math.max(1, b.projection.requests),
                itemStyle: projectedStyle(palette, b.mode),
                label: { show: true, position: 'top', formatter: `≈ ${formatCount(b.projection.requests)} projected`, color: palette.text, fontSize: CHART_FONT_SIZE },
                tooltip: { formatter: `${MODE_LABELS[b.mode]}: ≈ ${formatCount(b.projection.requests)} requests for all tags, ${b.projection.label}` },
              }
            : { value: 1, itemStyle: { opacity: 0 }, label: { show: false } },
        ),
      },
      {
        type: 'bar',
        name: 'Measured',
        barWidth: '45%',
        barMaxWidth: 140,
        barGap: '-100%',
        data: bars.map((b) => ({
          value: Math.max(1, b.measured),
          itemStyle: { color: modeColor(palette, b.mode), borderRadius: [4, 4, 0, 0] },
          label: {
            show: true,
            // Under a projection the top is taken by its label: the measured figure goes inside its own bar.
            position: b.projection ? 'insideTop' : 'top',
            formatter: b.projection ? `${formatCount(b.measured)} measured` : formatCount(b.measured),
            color: b.projection ? palette.surface : palette.text,
            fontSize: CHART_FONT_SIZE + 2,
            fontWeight: 'bold',
          },
          tooltip: { formatter: `${MODE_LABELS[b.mode]}: ${formatCount(b.measured)} requests measured` },
        })),
      },
    ],
  };
}
