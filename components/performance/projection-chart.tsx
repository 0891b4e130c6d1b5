'use client';

import { useMemo, useState } from 'react';
import type { ScaleProjection } from '@/lib/runs/projections';
import { EChart } from '../charts/echart';
import { rowChartHeight } from '../charts/row-bars-option';
import { useChartPalette } from '../charts/use-color-scheme';
import { PERFORMANCE_CHART_HEIGHT } from './chart-height';
import { projectionCsv } from './performance-csv';
import { projectionOption } from './projection-option';

/** Time for 30,240 tags per mode against the SLA (e2e: chart-projection). */
export function ProjectionChart({ rows, fileName }: { rows: readonly ScaleProjection[]; fileName: string }) {
  const palette = useChartPalette();
  const [widthPx, setWidthPx] = useState<number | null>(null);
  const option = useMemo(() => projectionOption(rows, palette, widthPx), [rows, palette, widthPx]);
  const csv = useMemo(() => projectionCsv(rows), [rows]);
  return (
    <EChart
      option={option}
      csv={csv}
      onWidth={setWidthPx}
      testId="chart-projection"
      ariaLabel="Time to extract 30,240 tags per mode against the 5-minute SLA"
      fileName={fileName}
      height={rowChartHeight(rows.length, PERFORMANCE_CHART_HEIGHT)}
    />
  );
}
