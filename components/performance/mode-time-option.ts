/**
 * "Time per mode": one row per mode with its measured time; a time-boxed mode gets a second row,
 * its whole-set projection, faded and dashed, so measured and projected never share a bar. The
 * axis turns logarithmic when the times span more than 50x (value-axis.ts): at 30,240 tags batch
 * (4.7 s) beside a 20-minute sequential projection would otherwise be a 1-2 px sliver.
 */
import { formatCount, formatDuration } from '@/lib/client';
import { timeBoxLabel } from '@/lib/runs/projections';
import type { ModeSummary } from '@/lib/api-contract';
import type { ChartOption } from '../charts/chart-option';
import type { ChartPalette } from '../charts/chart-palette';
import { rowBarsOption, type RowBar } from '../charts/row-bars-option';
import { timeAxisPlan, type AxisPlan } from '../charts/value-axis';
import { modeRows } from './mode-rows';

export interface ModeTimeBar {
  mode: ModeSummary['mode'];
  measuredMs: number;
  /** Tags the measured time covers. */
  tagsMeasured: number;
  tagsTotal: number;
  /** Whole-set time of a time-boxed mode, and what it rests on. */
  projection: { ms: number; label: string } | null;
}

export function modeTimeBars(modes: readonly ModeSummary[]): ModeTimeBar[] {
  return modes.map((m) => ({
    mode: m.mode,
    measuredMs: m.elapsedMs,
    tagsMeasured: m.tagsLanded,
    tagsTotal: m.tagsTotal,
    projection: m.timeBoxed && m.projection ? { ms: m.projection.projectedMs, label: timeBoxLabel(m.projection.basisTags, m.projection.totalTags) } : null,
  }));
}

export function modeTimeRows(bars: readonly ModeTimeBar[], palette: ChartPalette): RowBar[] {
  return bars.flatMap((b) =>
    modeRows(
      palette,
      b.mode,
      b.tagsTotal,
      {
        value: b.measuredMs / 1000,
        // Short enough for the Run page's narrow column (about 300 px): what it covers is said, not how many were due.
        label: b.projection ? `${formatDuration(b.measuredMs)} for ${formatCount(b.tagsMeasured)} tags` : formatDuration(b.measuredMs),
        shortLabel: formatDuration(b.measuredMs),
        tooltip: `${formatDuration(b.measuredMs)} measured for ${formatCount(b.tagsMeasured)} tags`,
      },
      b.projection && {
        value: b.projection.ms / 1000,
        label: `≈ ${formatDuration(b.projection.ms)} projected`,
        shortLabel: `≈ ${formatDuration(b.projection.ms)}`,
        tooltip: `≈ ${formatDuration(b.projection.ms)} for all tags, ${b.projection.label}`,
      },
    ),
  );
}

export function modeTimePlan(bars: readonly ModeTimeBar[]): AxisPlan {
  return timeAxisPlan(bars.flatMap((b) => [b.measuredMs / 1000, ...(b.projection ? [b.projection.ms / 1000] : [])]));
}

/** `widthPx`: the drawing's width once known, so labels fit (the Run page's column is about 300 px). */
export function modeTimeOption(bars: readonly ModeTimeBar[], palette: ChartPalette, widthPx: number | null = null): ChartOption {
  return rowBarsOption({ bars: modeTimeRows(bars, palette), axis: modeTimePlan(bars), unit: 'seconds', palette, widthPx });
}
