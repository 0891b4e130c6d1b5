'use client';

import { useMemo } from 'react';
import type { ModeSummary } from '@/lib/api-contract';
import { rowChartHeight } from '../charts/row-bars-option';
import { ThemedChart, type ChartDrawing } from '../charts/themed-chart';
import { PERFORMANCE_CHART_HEIGHT } from './chart-height';
import { modeTimeBars, modeTimeOption, modeTimeRows, type ModeTimeBar } from './mode-time-option';
import { modeTimeCsv } from './performance-csv';

const toOption = (bars: readonly ModeTimeBar[], { palette, widthPx }: ChartDrawing) => modeTimeOption(bars, palette, widthPx);

interface ModeTimeChartProps {
  modes: readonly ModeSummary[];
  fileName: string;
  /** Least CSS height; the chart grows past it when its rows need the room. */
  minHeight?: string;
}

/** Measured time per mode (e2e: chart-performance). */
export function ModeTimeChart({ modes, fileName, minHeight = PERFORMANCE_CHART_HEIGHT }: ModeTimeChartProps) {
  const bars = useMemo(() => modeTimeBars(modes), [modes]);
  return (
    <ThemedChart
      data={bars}
      toOption={toOption}
      toCsv={modeTimeCsv}
      fitToWidth
      testId="chart-performance"
      ariaLabel="Measured extraction time per mode"
      fileName={fileName}
      height={(drawn, palette) => rowChartHeight(modeTimeRows(drawn, palette).length, minHeight)}
    />
  );
}
