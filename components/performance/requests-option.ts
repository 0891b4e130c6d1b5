/**
 * "HTTP requests per mode": one row per mode; a time-boxed mode's whole-set count, projected at
 * its measured requests per tag, is a second, faded row. Log axis past a 50x span (sequential
 * sends one request per tag, batch one per 100: on a linear axis batch would be a sliver).
 */
import { formatCount } from '@/lib/client';
import { timeBoxLabel } from '@/lib/runs/projections';
import type { ModeSummary } from '@/lib/api-contract';
import type { ChartOption } from '../charts/chart-option';
import type { ChartPalette } from '../charts/chart-palette';
import { rowBarsOption, type RowBar } from '../charts/row-bars-option';
import { countAxisPlan, type AxisPlan } from '../charts/value-axis';
import { modeRows } from './mode-rows';

export interface RequestBar {
  mode: ModeSummary['mode'];
  measured: number;
  tagsMeasured: number;
  tagsTotal: number;
  projection: { requests: number; label: string } | null;
}

export function requestBars(modes: readonly ModeSummary[]): RequestBar[] {
  return modes.map((m) => {
    const p = m.timeBoxed ? m.projection : null;
    return {
      mode: m.mode,
      measured: m.httpRequests,
      tagsMeasured: m.tagsLanded,
      tagsTotal: m.tagsTotal,
      projection: p && p.basisTags > 0 ? { requests: Math.round((m.httpRequests * p.totalTags) / p.basisTags), label: timeBoxLabel(p.basisTags, p.totalTags) } : null,
    };
  });
}

const requestsWord = (n: number) => (n === 1 ? 'request' : 'requests');

export function requestRows(bars: readonly RequestBar[], palette: ChartPalette): RowBar[] {
  return bars.flatMap((b) =>
    modeRows(
      palette,
      b.mode,
      b.tagsTotal,
      {
        value: b.measured,
        label: b.projection ? `${formatCount(b.measured)} for ${formatCount(b.tagsMeasured)} tags` : `${formatCount(b.measured)} ${requestsWord(b.measured)}`,
        shortLabel: formatCount(b.measured),
        tooltip: `${formatCount(b.measured)} requests measured`,
      },
      b.projection && {
        value: b.projection.requests,
        label: `≈ ${formatCount(b.projection.requests)} projected`,
        shortLabel: `≈ ${formatCount(b.projection.requests)}`,
        tooltip: `≈ ${formatCount(b.projection.requests)} requests for all tags, ${b.projection.label}`,
      },
    ),
  );
}

export function requestsPlan(bars: readonly RequestBar[]): AxisPlan {
  return countAxisPlan(bars.flatMap((b) => [b.measured, ...(b.projection ? [b.projection.requests] : [])]));
}

export function requestsOption(bars: readonly RequestBar[], palette: ChartPalette, widthPx: number | null = null): ChartOption {
  return rowBarsOption({ bars: requestRows(bars, palette), axis: requestsPlan(bars), unit: 'count', palette, widthPx });
}
