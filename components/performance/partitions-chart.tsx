'use client';

import { useMemo, useState } from 'react';
import { PARTITION_COUNTS, SLA_MS } from '@/lib/runs/projections';
import { EChart } from '../charts/echart';
import { rowChartHeight } from '../charts/row-bars-option';
import { useChartPalette } from '../charts/use-color-scheme';
import { PERFORMANCE_CHART_HEIGHT } from './chart-height';
import { partitionsOption, type PartitionSeries } from './partitions-option';
import { partitionsCsv } from './performance-csv';

/** 1 / 10 / 20 partitions per mode against the SLA (e2e: chart-partitions). */
export function PartitionsChart({ series, fileName }: { series: readonly PartitionSeries[]; fileName: string }) {
  const palette = useChartPalette();
  const [widthPx, setWidthPx] = useState<number | null>(null);
  const option = useMemo(() => partitionsOption(series, PARTITION_COUNTS, SLA_MS, palette, widthPx), [series, palette, widthPx]);
  const csv = useMemo(() => partitionsCsv(series, SLA_MS), [series]);
  return (
    <EChart
      option={option}
      csv={csv}
      onWidth={setWidthPx}
      testId="chart-partitions"
      ariaLabel="Time to extract 30,240 tags with 1, 10 and 20 partitions, per mode"
      fileName={fileName}
      height={rowChartHeight(series.length * PARTITION_COUNTS.length, PERFORMANCE_CHART_HEIGHT)}
    />
  );
}
