'use client';

import { useMemo } from 'react';
import type { ScaleProjection } from '@/lib/runs/projections';
import { EChart } from '../charts/echart';
import { useChartPalette } from '../charts/use-color-scheme';
import { PERFORMANCE_CHART_HEIGHT } from './chart-height';
import { projectionOption } from './projection-option';

/** Time for 30,240 tags per mode against the SLA (e2e: chart-projection). */
export function ProjectionChart({ rows, fileName }: { rows: readonly ScaleProjection[]; fileName: string }) {
  const palette = useChartPalette();
  const option = useMemo(() => projectionOption(rows, palette), [rows, palette]);
  return (
    <EChart
      option={option}
      testId="chart-projection"
      ariaLabel="Time to extract 30,240 tags per mode against the 5-minute SLA"
      fileName={fileName}
      height={PERFORMANCE_CHART_HEIGHT}
    />
  );
}
