/**
 * "30,240 tags against the 5-minute SLA": one row per mode, measured when the run read exactly
 * 30,240 tags, else projected from its measured rate (faded, dashed, and the label says so), with
 * ✓ or ✗. The SLA is a tinted zone from 5 minutes on, named above the plot: a line would run
 * through the labels. Log axis past a 50x span: batch's 4.7 s beside a 20-minute sequential
 * projection stays a bar, not a hairline.
 */
import { formatDuration } from '@/lib/client';
import type { ScaleProjection } from '@/lib/runs/projections';
import type { ChartOption } from '../charts/chart-option';
import type { ChartPalette } from '../charts/chart-palette';
import { rowBarsOption, type RowBar } from '../charts/row-bars-option';
import { timeAxisPlan, type AxisPlan } from '../charts/value-axis';
import { MODE_LABELS } from '../run/mode-labels';
import { FEASIBLE_MARK, INFEASIBLE_MARK, modeColor, projectedStyle } from './mode-style';

/** "✓ 2 min 36 s projected, within 5 min" / "✗ 45 min measured, over 5 min". */
export function feasibilityText(elapsedMs: number, slaMs: number, isProjection: boolean): string {
  const fits = elapsedMs <= slaMs;
  return `${fits ? FEASIBLE_MARK : INFEASIBLE_MARK} ${formatDuration(elapsedMs)}${isProjection ? ' projected' : ' measured'}, ${fits ? 'within' : 'over'} ${formatDuration(slaMs)}`;
}

/** The zone past the SLA, as row-bars-option draws it. */
export function slaZone(slaMs: number, palette: ChartPalette) {
  return { from: slaMs / 1000, label: `over the ${formatDuration(slaMs)} SLA`, color: palette.alternative };
}

export function projectionRows(rows: readonly ScaleProjection[], palette: ChartPalette): RowBar[] {
  return rows.map((r) => ({
    category: MODE_LABELS[r.mode],
    value: r.elapsedMs / 1000,
    label: feasibilityText(r.elapsedMs, r.slaMs, r.isProjection),
    shortLabel: `${r.feasible ? FEASIBLE_MARK : INFEASIBLE_MARK} ${formatDuration(r.elapsedMs)}`,
    tooltip: `${MODE_LABELS[r.mode]}: ${formatDuration(r.elapsedMs)} for ${r.tags.toLocaleString('en-US')} tags (${r.label})`,
    itemStyle: r.isProjection ? projectedStyle(palette, r.mode) : { color: modeColor(palette, r.mode) },
    labelColor: r.feasible ? palette.median : palette.alternative,
  }));
}

export function projectionPlan(rows: readonly ScaleProjection[]): AxisPlan {
  const slaSeconds = (rows[0]?.slaMs ?? 300_000) / 1000;
  // The SLA is always on the axis, even when every mode is far below it.
  return timeAxisPlan(rows.map((r) => r.elapsedMs / 1000), { include: [slaSeconds] });
}

export function projectionOption(rows: readonly ScaleProjection[], palette: ChartPalette, widthPx: number | null = null): ChartOption {
  const slaMs = rows[0]?.slaMs ?? 300_000;
  return rowBarsOption({ bars: projectionRows(rows, palette), axis: projectionPlan(rows), unit: 'seconds', palette, zone: slaZone(slaMs, palette), widthPx });
}
