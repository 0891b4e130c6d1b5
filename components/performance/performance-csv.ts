/** The CSV beside each Performance chart: the figures each draws, in seconds and counts, with what a projection rests on. */
import type { ScaleProjection } from '@/lib/runs/projections';
import type { CsvTable } from '../charts/csv';
import { MODE_LABELS } from '../run/mode-labels';
import type { ModeTimeBar } from './mode-time-option';
import type { ModeScaling } from '@/lib/runs/partition-scaling';
import type { RequestBar } from './requests-option';

const seconds = (ms: number) => ms / 1000;

export function modeTimeCsv(bars: readonly ModeTimeBar[]): CsvTable {
  return {
    header: ['mode', 'figure', 'time (s)', 'tags', 'tags measured', 'basis'],
    rows: bars.flatMap((b) => [
      [MODE_LABELS[b.mode], 'measured', seconds(b.measuredMs), b.tagsMeasured, b.tagsMeasured, 'measured'],
      ...(b.projection ? [[MODE_LABELS[b.mode], 'projected', seconds(b.projection.ms), b.tagsTotal, b.tagsMeasured, b.projection.label]] : []),
    ]),
  };
}

export function requestsCsv(bars: readonly RequestBar[]): CsvTable {
  return {
    header: ['mode', 'figure', 'HTTP requests', 'tags', 'tags measured', 'basis'],
    rows: bars.flatMap((b) => [
      [MODE_LABELS[b.mode], 'measured', b.measured, b.tagsMeasured, b.tagsMeasured, 'measured'],
      ...(b.projection ? [[MODE_LABELS[b.mode], 'projected', b.projection.requests, b.tagsTotal, b.tagsMeasured, b.projection.label]] : []),
    ]),
  };
}

export function projectionCsv(rows: readonly ScaleProjection[]): CsvTable {
  return {
    header: ['mode', 'figure', 'tags', 'time (s)', 'SLA (s)', 'within SLA', 'basis'],
    rows: rows.map((r) => [MODE_LABELS[r.mode], r.isProjection ? 'projected' : 'measured', r.tags, seconds(r.elapsedMs), seconds(r.slaMs), r.feasible, r.label]),
  };
}

export function partitionsCsv(series: readonly ModeScaling[]): CsvTable {
  return {
    header: ['mode', 'shares', 'figure', 'tags', 'time (s)', 'speed-up vs 1 share', 'run', 'process kind', 'ideal reference (s; not measured)'],
    rows: series.flatMap((s) =>
      s.points.map((p) => [
        MODE_LABELS[s.mode],
        p.partitions,
        p.measured ? 'measured' : 'not measured',
        p.measured?.tags ?? '',
        p.measured ? seconds(p.measured.elapsedMs) : '',
        p.speedup ?? '',
        p.measured?.runId ?? '',
        p.measured?.processKind ?? '',
        p.referenceMs === null ? '' : seconds(p.referenceMs),
      ]),
    ),
  };
}
