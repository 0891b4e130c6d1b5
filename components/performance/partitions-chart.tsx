'use client';

import { useMemo } from 'react';
import type { ModeScaling } from '@/lib/runs/partition-scaling';
import { rowChartHeight } from '../charts/row-bars-option';
import { ThemedChart, type ChartDrawing } from '../charts/themed-chart';
import { PERFORMANCE_CHART_HEIGHT } from './chart-height';
import { measuredPoints, partitionsOption } from './partitions-option';
import { partitionsCsv } from './performance-csv';

interface PartitionsDrawn {
  series: readonly ModeScaling[];
  slaMs: number | null;
}

const toOption = ({ series, slaMs }: PartitionsDrawn, { palette, widthPx }: ChartDrawing) => partitionsOption(series, slaMs, palette, widthPx);
const toCsv = ({ series }: PartitionsDrawn) => partitionsCsv(series);

/** Measured 1 / 2 / 5 / 10 / 20 shares per mode at one tier and profile (e2e: chart-partitions). */
export function PartitionsChart({ series, slaMs, tier, fileName }: { series: readonly ModeScaling[]; slaMs: number | null; tier: number; fileName: string }) {
  const drawn = useMemo(() => ({ series, slaMs }), [series, slaMs]);
  const rows = series.reduce((n, s) => n + measuredPoints(s).length, 0);
  return (
    <ThemedChart
      data={drawn}
      toOption={toOption}
      toCsv={toCsv}
      fitToWidth
      testId="chart-partitions"
      ariaLabel={`Measured time to extract ${tier.toLocaleString('en-US')} tags with 1, 2, 5, 10 or 20 shares, per mode`}
      fileName={fileName}
      height={rowChartHeight(rows, PERFORMANCE_CHART_HEIGHT)}
    />
  );
}
