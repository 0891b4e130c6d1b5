/**
 * "Measured time per mode": one bar per mode of its measured time; a time-boxed mode also gets
 * its whole-set projection drawn behind it, faded and labelled, so measured and projected never mix.
 */
import { formatDuration } from '@/lib/client/format';
import { formatSeconds } from '@/lib/client/format-seconds';
import { timeBoxLabel } from '@/lib/runs/projections';
import type { ModeSummary } from '@/lib/runs/schemas';
import { CHART_FONT_SIZE, type ChartOption } from '../charts/chart-option';
import type { ChartPalette } from '../charts/chart-palette';
import { MODE_LABELS } from '../run/mode-labels';
import { modeColor, projectedStyle } from './mode-style';
import { timeAxisRange } from './time-axis';

export interface ModeTimeBar {
  mode: ModeSummary['mode'];
  measuredMs: number;
  /** Whole-set time of a time-boxed mode, and what it rests on. */
  projection: { ms: number; label: string } | null;
}

export function modeTimeBars(modes: readonly ModeSummary[]): ModeTimeBar[] {
  return modes.map((m) => ({
    mode: m.mode,
    measuredMs: m.elapsedMs,
    projection: m.timeBoxed && m.projection ? { ms: m.projection.projectedMs, label: timeBoxLabel(m.projection.basisTags, m.projection.totalTags) } : null,
  }));
}

export function modeTimeOption(bars: readonly ModeTimeBar[], palette: ChartPalette): ChartOption {
  const categories = bars.map((b) => MODE_LABELS[b.mode]);
  // Head-room above the tallest bar for its label.
  const maxSeconds = Math.max(...bars.map((b) => Math.max(b.measuredMs, b.projection?.ms ?? 0) / 1000)) * 1.12;
  return {
    grid: { left: 8, right: 16, top: 40, bottom: 8, containLabel: true },
    tooltip: { trigger: 'item' },
    legend: { show: false },
    xAxis: { type: 'category', data: categories, axisLabel: { fontWeight: 'bold' } },
    yAxis: { type: 'value', ...timeAxisRange(maxSeconds), axisLabel: { formatter: (v: number) => formatSeconds(v) } },
    series: [
      {
        // Behind the measured bar (barGap -100% overlays them); absent modes get no bar.
        type: 'bar',
        name: 'Projected for all tags',
        barWidth: '45%',
        barMaxWidth: 140,
        data: bars.map((b) =>
          b.projection
            ? {
                value: b.projection.ms / 1000,
                itemStyle: projectedStyle(palette, b.mode),
                label: { show: true, position: 'top', formatter: `≈ ${formatDuration(b.projection.ms)} projected`, color: palette.text, fontSize: CHART_FONT_SIZE },
                tooltip: { formatter: `${MODE_LABELS[b.mode]}: ${formatDuration(b.projection.ms)} for all tags, ${b.projection.label}` },
              }
            : { value: 0, itemStyle: { opacity: 0 }, label: { show: false } },
        ),
      },
      {
        type: 'bar',
        name: 'Measured',
        barWidth: '45%',
        barMaxWidth: 140,
        barGap: '-100%',
        data: bars.map((b) => ({
          value: b.measuredMs / 1000,
          itemStyle: { color: modeColor(palette, b.mode), borderRadius: [4, 4, 0, 0] },
          label: {
            show: true,
            position: 'top',
            formatter: b.projection ? `${formatDuration(b.measuredMs)} measured` : formatDuration(b.measuredMs),
            color: palette.text,
            fontSize: CHART_FONT_SIZE + 2,
            fontWeight: 'bold',
          },
          tooltip: { formatter: `${MODE_LABELS[b.mode]}: ${formatDuration(b.measuredMs)} measured` },
        })),
      },
    ],
  };
}
