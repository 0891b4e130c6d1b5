/** The ECharts option type for exactly the charts and components registered in register-echarts.ts. */
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

/**
 * Presenter text size below 1800 px wide: ECharts' 12 px default is unreadable from the back of a
 * room. Prefer `palette.fontSize`, which also grows on a 1920-wide screen.
 */
export const CHART_FONT_SIZE = 14;
