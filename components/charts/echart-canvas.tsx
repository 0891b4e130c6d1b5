'use client';

import EChartsReactCore from 'echarts-for-react/lib/core';
import { useRef } from 'react';
import { Button } from '../ui/button';
import type { ChartOption } from './chart-option';
import { themeName } from './chart-palette';
import { echarts } from './register-echarts';
import { useChartPalette } from './use-color-scheme';

export interface EChartCanvasProps {
  option: ChartOption;
  /** On the container that holds the canvas (e2e: it must render pixels when data exists). */
  testId: string;
  /** What the chart shows, in words: the container is an image to assistive technology. */
  ariaLabel: string;
  /** Download name without extension. */
  fileName: string;
  /** CSS height of the drawing area. */
  height: number | string;
  /** Taller drawings (a deep tree) scroll inside this height; the download button stays in view. */
  maxHeight?: number | string;
  /** ECharts events, e.g. `{ click: (params) => ... }`. */
  onEvents?: Record<string, (params: unknown) => void>;
}

const CANVAS_OPTS = { renderer: 'canvas' } as const;

/** Renders twice the CSS pixels so a PNG pasted into slides stays sharp. */
const EXPORT_PIXEL_RATIO = 2;

/** ECharts on echarts/core with the dashboard theme, and a PNG download of exactly what is drawn. */
export default function EChartCanvas({ option, testId, ariaLabel, fileName, height, maxHeight, onEvents }: EChartCanvasProps) {
  const chart = useRef<EChartsReactCore>(null);
  const palette = useChartPalette();

  function downloadPng(): void {
    const instance = chart.current?.getEchartsInstance();
    if (!instance) return;
    const link = document.createElement('a');
    // The theme is transparent; a PNG needs the card's colour behind it to be legible elsewhere.
    link.href = instance.getDataURL({ type: 'png', pixelRatio: EXPORT_PIXEL_RATIO, backgroundColor: palette.surface });
    link.download = `${fileName}.png`;
    link.click();
  }

  return (
    <div className="chart">
      <div className="chart-toolbar">
        <Button variant="secondary" className="button-small" onClick={downloadPng} aria-label={`Download ${ariaLabel} as PNG`}>
          Download PNG
        </Button>
      </div>
      <div className={maxHeight === undefined ? undefined : 'chart-scroll'} style={{ maxHeight }}>
        <div className="chart-canvas" data-testid={testId} role="img" aria-label={ariaLabel} style={{ height }}>
          <EChartsReactCore
            ref={chart}
            echarts={echarts}
            option={option}
            theme={themeName(palette)}
            notMerge
            onEvents={onEvents}
            opts={CANVAS_OPTS}
            style={{ height: '100%', width: '100%' }}
          />
        </div>
      </div>
    </div>
  );
}
