'use client';

import { useMemo, useState } from 'react';
import type { ModeSummary } from '@/lib/api-contract';
import { EChart } from '../charts/echart';
import { rowChartHeight } from '../charts/row-bars-option';
import { useChartPalette } from '../charts/use-color-scheme';
import { PERFORMANCE_CHART_HEIGHT } from './chart-height';
import { modeTimeBars, modeTimeOption, modeTimeRows } from './mode-time-option';
import { modeTimeCsv } from './performance-csv';

interface ModeTimeChartProps {
  modes: readonly ModeSummary[];
  fileName: string;
  /** Least CSS height; the chart grows past it when its rows need the room. */
  minHeight?: string;
}

/** Measured time per mode (e2e: chart-performance). */
export function ModeTimeChart({ modes, fileName, minHeight = PERFORMANCE_CHART_HEIGHT }: ModeTimeChartProps) {
  const palette = useChartPalette();
  const bars = useMemo(() => modeTimeBars(modes), [modes]);
  const [widthPx, setWidthPx] = useState<number | null>(null);
  const option = useMemo(() => modeTimeOption(bars, palette, widthPx), [bars, palette, widthPx]);
  const csv = useMemo(() => modeTimeCsv(bars), [bars]);
  return (
    <EChart
      option={option}
      csv={csv}
      onWidth={setWidthPx}
      testId="chart-performance"
      ariaLabel="Measured extraction time per mode"
      fileName={fileName}
      height={rowChartHeight(modeTimeRows(bars, palette).length, minHeight)}
    />
  );
}
