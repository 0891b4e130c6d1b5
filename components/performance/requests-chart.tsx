'use client';

import { useMemo } from 'react';
import type { ModeSummary } from '@/lib/runs/schemas';
import { EChart } from '../charts/echart';
import { useChartPalette } from '../charts/use-color-scheme';
import { PERFORMANCE_CHART_HEIGHT } from './chart-height';
import { requestBars, requestsOption } from './requests-option';

/** HTTP requests per mode (e2e: chart-requests). */
export function RequestsChart({ modes, fileName }: { modes: readonly ModeSummary[]; fileName: string }) {
  const palette = useChartPalette();
  const option = useMemo(() => requestsOption(requestBars(modes), palette), [modes, palette]);
  return (
    <EChart option={option} testId="chart-requests" ariaLabel="HTTP requests per mode" fileName={fileName} height={PERFORMANCE_CHART_HEIGHT} />
  );
}
