/**
 * The ECharts option type for exactly the charts and components registered in register-echarts.ts.
 * Text sizes come from `palette.fontSize` (the registered theme sets it as the default), never a
 * number of their own: it grows with the page's type on a 1920-wide screen.
 */
import type { BarSeriesOption, CustomSeriesOption, LineSeriesOption, ScatterSeriesOption, TreeSeriesOption } from 'echarts/charts';
import type {
  DataZoomComponentOption,
  GridComponentOption,
  LegendComponentOption,
  MarkAreaComponentOption,
  MarkLineComponentOption,
  TooltipComponentOption,
} from 'echarts/components';
import type { ComposeOption } from 'echarts/core';

export type ChartOption = ComposeOption<
  | BarSeriesOption
  | CustomSeriesOption
  | LineSeriesOption
  | ScatterSeriesOption
  | TreeSeriesOption
  | DataZoomComponentOption
  | GridComponentOption
  | LegendComponentOption
  | MarkAreaComponentOption
  | MarkLineComponentOption
  | TooltipComponentOption
>;
