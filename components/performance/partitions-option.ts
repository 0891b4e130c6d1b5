/**
 * "Partitions 1 / 10 / 20": per mode and partition count, the time to read 30,240 tags split
 * across N clients side by side, measured when a run did exactly that, else the labelled
 * ideal-scaling projection. One row per (mode, count), so each bar has its own label line; the
 * SLA is the tinted zone of projection-option.ts. Log axis past a 50x span: 20 partitions of
 * batch (a fraction of a second) beside one sequential client (minutes) would be a hairline.
 */
import { formatDuration } from '@/lib/client/format';
import type { PartitionFigure } from '@/lib/runs/projections';
import type { ExtractionModeName } from '@/lib/runs/schemas';
import type { ChartOption } from '../charts/chart-option';
import type { ChartPalette } from '../charts/chart-palette';
import { rowBarsOption, type RowBar } from '../charts/row-bars-option';
import { timeAxisPlan, type AxisPlan } from '../charts/value-axis';
import { MODE_LABELS } from '../run/mode-labels';
import { FEASIBLE_MARK, INFEASIBLE_MARK, modeColor, projectedStyle } from './mode-style';
import { slaZone } from './projection-option';

export interface PartitionSeries {
  mode: ExtractionModeName;
  figures: PartitionFigure[];
}

export function countLabel(n: number): string {
  return n === 1 ? '1 partition' : `${n} partitions`;
}

export function partitionRows(series: readonly PartitionSeries[], counts: readonly number[], palette: ChartPalette): RowBar[] {
  return series.flatMap((s) =>
    counts.map((n): RowBar => {
      const category = `${MODE_LABELS[s.mode]} · ${countLabel(n)}`;
      const f = s.figures.find((x) => x.partitions === n);
      if (!f) return { category, value: null, label: '', tooltip: '', itemStyle: { color: modeColor(palette, s.mode) }, labelColor: palette.text };
      return {
        category,
        value: f.elapsedMs / 1000,
        label: `${f.feasible ? FEASIBLE_MARK : INFEASIBLE_MARK} ${formatDuration(f.elapsedMs)}${f.isProjection ? ' projected' : ' measured'}`,
        shortLabel: `${f.feasible ? FEASIBLE_MARK : INFEASIBLE_MARK} ${formatDuration(f.elapsedMs)}`,
        tooltip: `${MODE_LABELS[s.mode]}, ${countLabel(n)}: ${formatDuration(f.elapsedMs)} (${f.label})`,
        itemStyle: f.isProjection ? projectedStyle(palette, s.mode) : { color: modeColor(palette, s.mode) },
        labelColor: f.feasible ? palette.median : palette.alternative,
      };
    }),
  );
}

export function partitionsPlan(series: readonly PartitionSeries[], slaMs: number): AxisPlan {
  return timeAxisPlan(
    series.flatMap((s) => s.figures.map((f) => f.elapsedMs / 1000)),
    { include: [slaMs / 1000] },
  );
}

export function partitionsOption(
  series: readonly PartitionSeries[],
  counts: readonly number[],
  slaMs: number,
  palette: ChartPalette,
  widthPx: number | null = null,
): ChartOption {
  return rowBarsOption({
    bars: partitionRows(series, counts, palette),
    axis: partitionsPlan(series, slaMs),
    unit: 'seconds',
    palette,
    zone: slaZone(slaMs, palette),
    widthPx,
  });
}
