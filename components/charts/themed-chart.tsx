'use client';

import { useMemo, useState } from 'react';
import type { ChartOption } from './chart-option';
import type { ChartPalette } from './chart-palette';
import type { CsvTable } from './csv';
import { EChart } from './echart';
import type { EChartCanvasProps } from './echart-canvas';
import { useChartPalette } from './use-color-scheme';

/** What an option is drawn for besides its data. */
export interface ChartDrawing {
  palette: ChartPalette;
  /** The drawing's width in CSS px with `fitToWidth`; null before it is measured, and always without it. */
  widthPx: number | null;
}

type Height = EChartCanvasProps['height'];

interface ThemedChartProps<T> extends Omit<EChartCanvasProps, 'option' | 'csv' | 'onWidth' | 'height'> {
  /** The figures drawn. Keep it referentially stable (query data, or memoised): the option is rebuilt when it changes. */
  data: T;
  /** Pure, and defined at module level: a new function each render would rebuild the option each render. */
  toOption: (data: T, drawing: ChartDrawing) => ChartOption;
  /** The figures offered as CSV; module level, like toOption. */
  toCsv: (data: T) => CsvTable;
  /** A CSS height, or one that follows the data (rows to fit) and the palette's text size. */
  height: Height | ((data: T, palette: ChartPalette) => Height);
  /**
   * Hand the option the drawing's width, so it can fit its labels. Off by default: every resize
   * then sets a new option, which would also reset a zoomed or expanded chart.
   */
  fitToWidth?: boolean;
}

/**
 * Every chart of the dashboard: ECharts (loaded on the client only) in the palette of the current
 * colour scheme and viewport, the option and CSV derived from the data once per change, PNG and
 * CSV downloads. Chart components supply the data, how to draw it and what to call it.
 */
export function ThemedChart<T>({ data, toOption, toCsv, height, fitToWidth = false, ...canvas }: ThemedChartProps<T>) {
  const palette = useChartPalette();
  const [measuredWidthPx, setWidthPx] = useState<number | null>(null);
  const widthPx = fitToWidth ? measuredWidthPx : null;
  const option = useMemo(() => toOption(data, { palette, widthPx }), [toOption, data, palette, widthPx]);
  const csv = useMemo(() => toCsv(data), [toCsv, data]);
  return (
    <EChart
      {...canvas}
      option={option}
      csv={csv}
      onWidth={fitToWidth ? setWidthPx : undefined}
      height={typeof height === 'function' ? height(data, palette) : height}
    />
  );
}
