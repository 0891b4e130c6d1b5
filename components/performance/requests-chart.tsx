'use client';

import { useMemo } from 'react';
import type { ModeSummary } from '@/lib/api-contract';
import { rowChartHeight } from '../charts/row-bars-option';
import { ThemedChart, type ChartDrawing } from '../charts/themed-chart';
import { PERFORMANCE_CHART_HEIGHT } from './chart-height';
import { requestsCsv } from './performance-csv';
import { requestBars, requestRows, requestsOption, type RequestBar } from './requests-option';

const toOption = (bars: readonly RequestBar[], { palette, widthPx }: ChartDrawing) => requestsOption(bars, palette, widthPx);

/** HTTP requests per mode (e2e: chart-requests). */
export function RequestsChart({ modes, fileName }: { modes: readonly ModeSummary[]; fileName: string }) {
  const bars = useMemo(() => requestBars(modes), [modes]);
  return (
    <ThemedChart
      data={bars}
      toOption={toOption}
      toCsv={requestsCsv}
      fitToWidth
      testId="chart-requests"
      ariaLabel="HTTP requests per mode"
      fileName={fileName}
      height={(drawn, palette) => rowChartHeight(requestRows(drawn, palette).length, PERFORMANCE_CHART_HEIGHT)}
    />
  );
}
