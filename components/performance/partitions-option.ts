/**
 * "Partitions 1 / 2 / 5 / 10 / 20": per mode and share count, the time a run measured with that
 * many shares as real processes, at the chosen run's tier and network profile; rows nobody
 * measured have no bar. The ideal line (the measured 1-share time / N) is drawn as reference
 * marks, named as a reference in the legend and the tooltips, never as a bar. The SLA zone only
 * at 30,240 tags, where it applies. Log axis past a 50x span.
 */
import { formatDuration, formatSpeedup } from '@/lib/client';
import type { ModeScaling, ScalingPoint } from '@/lib/runs/partition-scaling';
import { ENTERPRISE_TAG_COUNT } from '@/lib/runs/projections';
import type { ExtractionModeName } from '@/lib/api-contract';
import type { ChartOption } from '../charts/chart-option';
import type { ChartPalette } from '../charts/chart-palette';
import { rowBarsOption, type RowBar } from '../charts/row-bars-option';
import { timeAxisPlan, type AxisPlan } from '../charts/value-axis';
import { MODE_LABELS } from '../run/mode-labels';
import { FEASIBLE_MARK, INFEASIBLE_MARK, modeColor } from './mode-style';
import { slaZone } from './projection-option';

export const REFERENCE_NAME = 'Ideal scaling: measured 1-share time ÷ N (reference, not measured)';

export function countLabel(n: number): string {
  return n === 1 ? '1 share' : `${n} shares`;
}

function category(mode: ExtractionModeName, n: number): string {
  return `${MODE_LABELS[mode]} · ${countLabel(n)}`;
}

function pointLabel(p: ScalingPoint, slaMs: number | null): { label: string; short: string } {
  const m = p.measured;
  if (!m) return { label: 'not measured', short: 'not measured' };
  const mark = slaMs === null ? '' : `${m.elapsedMs <= slaMs ? FEASIBLE_MARK : INFEASIBLE_MARK} `;
  const ratio = p.speedup !== null && p.partitions > 1 ? ` · ${formatSpeedup(p.speedup)} vs 1 share` : '';
  return { label: `${mark}${formatDuration(m.elapsedMs)} measured${ratio}`, short: `${mark}${formatDuration(m.elapsedMs)}${ratio}` };
}

/** Only share counts a run measured are rows: a count nobody measured has no figure to show. */
export function measuredPoints(s: ModeScaling): ScalingPoint[] {
  return s.points.filter((p) => p.measured !== null);
}

export function partitionRows(series: readonly ModeScaling[], palette: ChartPalette, slaMs: number | null): RowBar[] {
  return series.flatMap((s) =>
    measuredPoints(s).map((p): RowBar => {
      const { label, short } = pointLabel(p, slaMs);
      const reference = p.referenceMs !== null && p.partitions > 1 ? `; reference (ideal, not measured): ${formatDuration(p.referenceMs)}` : '';
      const who = p.measured ? ` (run ${p.measured.runId}, ${p.measured.processKind})` : '';
      return {
        category: category(s.mode, p.partitions),
        value: p.measured ? p.measured.elapsedMs / 1000 : null,
        label,
        shortLabel: short,
        tooltip: `${category(s.mode, p.partitions)}: ${label}${who}${reference}`,
        itemStyle: { color: modeColor(palette, s.mode) },
        labelColor: slaMs !== null && p.measured && p.measured.elapsedMs > slaMs ? palette.alternative : palette.median,
      };
    }),
  );
}

export function partitionsPlan(series: readonly ModeScaling[], slaMs: number | null): AxisPlan {
  const values = series.flatMap((s) => measuredPoints(s).flatMap((p) => [p.measured?.elapsedMs, p.partitions > 1 ? p.referenceMs : null])).filter((v): v is number => typeof v === 'number');
  return timeAxisPlan(values.map((v) => v / 1000), slaMs === null ? {} : { include: [slaMs / 1000] });
}

/** The SLA applies to the 30,240-tag tier only: elsewhere the chart compares share counts. */
export function slaFor(tier: number, slaMs: number): number | null {
  return tier === ENTERPRISE_TAG_COUNT ? slaMs : null;
}

export function partitionsOption(series: readonly ModeScaling[], slaMs: number | null, palette: ChartPalette, widthPx: number | null = null): ChartOption {
  const option = rowBarsOption({
    bars: partitionRows(series, palette, slaMs),
    axis: partitionsPlan(series, slaMs),
    unit: 'seconds',
    palette,
    ...(slaMs === null ? {} : { zone: slaZone(slaMs, palette) }),
    widthPx,
  });
  const marks = series.flatMap((s) => measuredPoints(s).flatMap((p) => (p.referenceMs !== null && p.partitions > 1 ? [[p.referenceMs / 1000, category(s.mode, p.partitions)]] : [])));
  if (marks.length === 0) return option;
  const series0 = Array.isArray(option.series) ? option.series : option.series ? [option.series] : [];
  const grid = Array.isArray(option.grid) ? option.grid[0] : option.grid;
  return {
    ...option,
    grid: { ...grid, top: 34 },
    legend: { show: true, top: 0, right: 0, data: [REFERENCE_NAME], textStyle: { color: palette.text, fontSize: Math.round(palette.fontSize * 0.8) } },
    series: [
      ...series0,
      {
        type: 'scatter',
        name: REFERENCE_NAME,
        data: marks,
        symbol: 'rect',
        symbolSize: [3, 22],
        itemStyle: { color: palette.text, opacity: 0.7 },
        tooltip: { valueFormatter: (v) => `${formatDuration(Number(v) * 1000)} (reference, not measured)` },
        z: 5,
      },
    ],
  };
}
