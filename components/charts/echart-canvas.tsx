'use client';

import type { EChartsType } from 'echarts/core';
import EChartsReactCore from 'echarts-for-react/lib/core';
import { useEffect, useRef } from 'react';
import { Button } from '../ui/button';
import type { ChartOption } from './chart-option';
import { themeName } from './chart-palette';
import { CSV_BOM, toCsv, type CsvTable } from './csv';
import { downloadBlob, downloadDataUrl } from './download-file';
import { echarts } from './register-echarts';
import { useChartPalette } from './use-color-scheme';

export interface EChartCanvasProps {
  option: ChartOption;
  /** The figures the chart draws, offered as a CSV beside the PNG. */
  csv: CsvTable;
  /** On the container that holds the canvas (e2e: it must render pixels when data exists). */
  testId: string;
  /** What the chart shows, in words: the container is an image to assistive technology. */
  ariaLabel: string;
  /** Download name without extension. */
  fileName: string;
  /** CSS height of the drawing area. */
  height: number | string;
  /** Taller drawings (a deep tree) scroll inside this height; the download buttons stay in view. */
  maxHeight?: number | string;
  /** Where a scrolling drawing opens: 'middle' for a tree, whose root ECharts centres vertically. */
  initialScroll?: 'top' | 'middle';
  /** ECharts events, e.g. `{ click: (params) => ... }`. */
  onEvents?: Record<string, (params: unknown) => void>;
  /** Told the drawing's width in CSS px, and again when it changes: for options that fit their labels to it. */
  onWidth?: (widthPx: number) => void;
}

/**
 * The canvas container as e2e/support/chart-geometry.ts reads it: label boxes and bar sizes are
 * on the canvas, not in the DOM, so the specs ask the instance that drew them.
 */
export type ChartHost = HTMLDivElement & { echartsInstance?: EChartsType };

const CANVAS_OPTS = { renderer: 'canvas' } as const;

function scrollToMiddle(frame: HTMLElement | null): void {
  if (frame) frame.scrollTop = (frame.scrollHeight - frame.clientHeight) / 2;
}

/** Renders twice the CSS pixels so a PNG pasted into slides stays sharp. */
const EXPORT_PIXEL_RATIO = 2;

/** ECharts on echarts/core with the dashboard theme, a PNG of exactly what is drawn and a CSV of the figures drawn. */
export default function EChartCanvas({ option, csv, testId, ariaLabel, fileName, height, maxHeight, initialScroll = 'top', onEvents, onWidth }: EChartCanvasProps) {
  const chart = useRef<EChartsReactCore>(null);
  const host = useRef<ChartHost>(null);
  const palette = useChartPalette();

  useEffect(() => {
    const element = host.current;
    if (!element || !onWidth) return;
    const observer = new ResizeObserver((entries) => {
      const width = entries[0]?.contentRect.width;
      if (width) onWidth(Math.round(width));
    });
    observer.observe(element);
    return () => observer.disconnect();
  }, [onWidth]);

  function downloadPng(): void {
    const instance = chart.current?.getEchartsInstance();
    if (!instance) return;
    // The theme is transparent; a PNG needs the card's colour behind it to be legible elsewhere.
    downloadDataUrl(`${fileName}.png`, instance.getDataURL({ type: 'png', pixelRatio: EXPORT_PIXEL_RATIO, backgroundColor: palette.surface }));
  }

  function downloadCsv(): void {
    downloadBlob(`${fileName}.csv`, new Blob([CSV_BOM, toCsv(csv)], { type: 'text/csv;charset=utf-8' }));
  }

  function onChartReady(instance: EChartsType): void {
    if (host.current) host.current.echartsInstance = instance;
    // Scrolled once, when the chart first draws: later growth (an opened branch) keeps the reader's place.
    if (initialScroll === 'middle' && maxHeight !== undefined) scrollToMiddle(host.current?.parentElement ?? null);
  }

  return (
    <div className="chart">
      <div className="chart-toolbar">
        <Button variant="secondary" className="button-small" onClick={downloadPng} aria-label={`Download ${ariaLabel} as PNG`}>
          Download PNG
        </Button>
        <Button variant="secondary" className="button-small" onClick={downloadCsv} aria-label={`Download ${ariaLabel} as CSV`}>
          Download CSV
        </Button>
      </div>
      <div className={maxHeight === undefined ? undefined : 'chart-scroll'} style={{ maxHeight }}>
        <div ref={host} className="chart-canvas" data-testid={testId} role="img" aria-label={ariaLabel} style={{ height }}>
          <EChartsReactCore
            ref={chart}
            echarts={echarts}
            option={option}
            theme={themeName(palette)}
            notMerge
            onEvents={onEvents}
            onChartReady={onChartReady}
            opts={CANVAS_OPTS}
            style={{ height: '100%', width: '100%' }}
          />
        </div>
      </div>
    </div>
  );
}
