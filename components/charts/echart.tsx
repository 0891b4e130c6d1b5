'use client';

import dynamic from 'next/dynamic';
import type { EChartCanvasProps } from './echart-canvas';

/**
 * ECharts measures its container and draws on a canvas: nothing to render on the server. Loading
 * it on the client only also keeps ECharts out of the first page load.
 */
export const EChart = dynamic<EChartCanvasProps>(() => import('./echart-canvas'), {
  ssr: false,
  loading: () => <div className="chart-skeleton" aria-hidden="true" />,
});
