'use client';

import { useMemo } from 'react';
import type { ModeSummary } from '@/lib/runs/schemas';
import { EChart } from '../charts/echart';
import { useChartPalette } from '../charts/use-color-scheme';
import { PERFORMANCE_CHART_HEIGHT } from './chart-height';
import { modeTimeBars, modeTimeOption } from './mode-time-option';

/** Measured time per mode (e2e: chart-performance). */
export function ModeTimeChart({ modes, fileName }: { modes: readonly ModeSummary[]; fileName: string }) {
  const palette = useChartPalette();
  const option = useMemo(() => modeTimeOption(modeTimeBars(modes), palette), [modes, palette]);
  return (
    <EChart
      option={option}
      testId="chart-performance"
      ariaLabel="Measured extraction time per mode"
      fileName={fileName}
      height={PERFORMANCE_CHART_HEIGHT}
    />
  );
}
