'use client';

import { useMemo, useState } from 'react';
import type { ModeSummary } from '@/lib/api-contract';
import { EChart } from '../charts/echart';
import { rowChartHeight } from '../charts/row-bars-option';
import { useChartPalette } from '../charts/use-color-scheme';
import { PERFORMANCE_CHART_HEIGHT } from './chart-height';
import { requestsCsv } from './performance-csv';
import { requestBars, requestRows, requestsOption } from './requests-option';

/** HTTP requests per mode (e2e: chart-requests). */
export function RequestsChart({ modes, fileName }: { modes: readonly ModeSummary[]; fileName: string }) {
  const palette = useChartPalette();
  const bars = useMemo(() => requestBars(modes), [modes]);
  const [widthPx, setWidthPx] = useState<number | null>(null);
  const option = useMemo(() => requestsOption(bars, palette, widthPx), [bars, palette, widthPx]);
  const csv = useMemo(() => requestsCsv(bars), [bars]);
  return (
    <EChart
      option={option}
      csv={csv}
      onWidth={setWidthPx}
      testId="chart-requests"
      ariaLabel="HTTP requests per mode"
      fileName={fileName}
      height={rowChartHeight(requestRows(bars, palette).length, PERFORMANCE_CHART_HEIGHT)}
    />
  );
}
