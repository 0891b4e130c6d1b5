'use client';

import type { ScaleProjection } from '@/lib/runs/projections';
import { rowChartHeight } from '../charts/row-bars-option';
import { ThemedChart, type ChartDrawing } from '../charts/themed-chart';
import { PERFORMANCE_CHART_HEIGHT } from './chart-height';
import { projectionCsv } from './performance-csv';
import { projectionOption } from './projection-option';

const toOption = (rows: readonly ScaleProjection[], { palette, widthPx }: ChartDrawing) => projectionOption(rows, palette, widthPx);

/** Time for 30,240 tags per mode against the SLA (e2e: chart-projection). */
export function ProjectionChart({ rows, fileName }: { rows: readonly ScaleProjection[]; fileName: string }) {
  return (
    <ThemedChart
      data={rows}
      toOption={toOption}
      toCsv={projectionCsv}
      fitToWidth
      testId="chart-projection"
      ariaLabel="Time to extract 30,240 tags per mode against the 5-minute SLA"
      fileName={fileName}
      height={rowChartHeight(rows.length, PERFORMANCE_CHART_HEIGHT)}
    />
  );
}
