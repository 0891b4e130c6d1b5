'use client';

import { useMemo } from 'react';
import { PARTITION_COUNTS, SLA_MS } from '@/lib/runs/projections';
import { EChart } from '../charts/echart';
import { useChartPalette } from '../charts/use-color-scheme';
import { PERFORMANCE_CHART_HEIGHT } from './chart-height';
import { partitionsOption, type PartitionSeries } from './partitions-option';

/** 1 / 10 / 20 partitions per mode against the SLA (e2e: chart-partitions). */
export function PartitionsChart({ series, fileName }: { series: readonly PartitionSeries[]; fileName: string }) {
  const palette = useChartPalette();
  const option = useMemo(() => partitionsOption(series, PARTITION_COUNTS, SLA_MS, palette), [series, palette]);
  return (
    <EChart
      option={option}
      testId="chart-partitions"
      ariaLabel="Time to extract 30,240 tags with 1, 10 and 20 partitions, per mode"
      fileName={fileName}
      height={PERFORMANCE_CHART_HEIGHT}
    />
  );
}
