/**
 * The one place ECharts is assembled: only the charts and components the dashboard draws are
 * registered (tree-shaken from echarts/core), plus a light and a dark theme built from the palette.
 */
import { BarChart, CustomChart, LineChart, ScatterChart, TreeChart } from 'echarts/charts';
import { DataZoomComponent, GridComponent, LegendComponent, MarkLineComponent, TooltipComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import { CanvasRenderer } from 'echarts/renderers';
import { CHART_FONT_SIZE } from './chart-option';
import { paletteFor, type ChartPalette, type ColorScheme } from './chart-palette';

echarts.use([
  BarChart,
  CustomChart,
  LineChart,
  ScatterChart,
  TreeChart,
  DataZoomComponent,
  GridComponent,
  LegendComponent,
  MarkLineComponent,
  TooltipComponent,
  CanvasRenderer,
]);

function axisTheme(p: ChartPalette) {
  return {
    axisLine: { lineStyle: { color: p.axisLine } },
    axisTick: { lineStyle: { color: p.axisLine } },
    axisLabel: { color: p.textMuted, fontSize: CHART_FONT_SIZE },
    splitLine: { lineStyle: { color: p.splitLine } },
    nameTextStyle: { color: p.textMuted, fontSize: CHART_FONT_SIZE },
  };
}

function themeOf(p: ChartPalette) {
  const axis = axisTheme(p);
  return {
    color: [...p.categories],
    backgroundColor: 'transparent',
    textStyle: { color: p.text, fontFamily: 'system-ui, -apple-system, "Segoe UI", Roboto, Arial, sans-serif', fontSize: CHART_FONT_SIZE },
    legend: { textStyle: { color: p.text, fontSize: CHART_FONT_SIZE } },
    tooltip: { backgroundColor: p.surface, borderColor: p.axisLine, textStyle: { color: p.text, fontSize: CHART_FONT_SIZE } },
    categoryAxis: axis,
    valueAxis: axis,
    timeAxis: axis,
    logAxis: axis,
    dataZoom: { textStyle: { color: p.textMuted }, borderColor: p.axisLine },
  };
}

export const THEME_NAME: Record<ColorScheme, string> = { light: 'pi-light', dark: 'pi-dark' };
echarts.registerTheme(THEME_NAME.light, themeOf(paletteFor('light')));
echarts.registerTheme(THEME_NAME.dark, themeOf(paletteFor('dark')));

export { echarts };
