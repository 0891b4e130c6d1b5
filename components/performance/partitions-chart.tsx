'use client';

import { useMemo, useState } from 'react';
import type { ModeScaling } from '@/lib/runs/partition-scaling';
import { EChart } from '../charts/echart';
import { rowChartHeight } from '../charts/row-bars-option';
import { useChartPalette } from '../charts/use-color-scheme';
import { PERFORMANCE_CHART_HEIGHT } from './chart-height';
import { measuredPoints, partitionsOption } from './partitions-option';
import { partitionsCsv } from './performance-csv';

/** Measured 1 / 2 / 5 / 10 / 20 shares per mode at one tier and profile (e2e: chart-partitions). */
export function PartitionsChart({ series, slaMs, tier, fileName }: { series: readonly ModeScaling[]; slaMs: number | null; tier: number; fileName: string }) {
  const palette = useChartPalette();
  const [widthPx, setWidthPx] = useState<number | null>(null);
  const option = useMemo(() => partitionsOption(series, slaMs, palette, widthPx), [series, slaMs, palette, widthPx]);
  const csv = useMemo(() => partitionsCsv(series), [series]);
  const rows = series.reduce((n, s) => n + measuredPoints(s).length, 0);
  return (
    <EChart
      option={option}
      csv={csv}
      onWidth={setWidthPx}
      testId="chart-partitions"
      ariaLabel={`Measured time to extract ${tier.toLocaleString('en-US')} tags with 1, 2, 5, 10 or 20 shares, per mode`}
      fileName={fileName}
      height={rowChartHeight(rows, PERFORMANCE_CHART_HEIGHT)}
    />
  );
}
