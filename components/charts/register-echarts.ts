/**
 * The one place ECharts is assembled: only the charts and components the dashboard draws are
 * registered (tree-shaken from echarts/core), plus a light and a dark theme built from the palette.
 */
import { BarChart, CustomChart, LineChart, ScatterChart, TreeChart } from 'echarts/charts';
import { DataZoomComponent, GridComponent, LegendComponent, MarkAreaComponent, MarkLineComponent, TooltipComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import { CanvasRenderer } from 'echarts/renderers';
import { FONT_FAMILY } from '../ui/design-tokens';
import { paletteFor, themeName, type ChartPalette } from './chart-palette';

echarts.use([
  BarChart,
  CustomChart,
  LineChart,
  ScatterChart,
  TreeChart,
  DataZoomComponent,
  GridComponent,
  LegendComponent,
  MarkAreaComponent,
  MarkLineComponent,
  TooltipComponent,
  CanvasRenderer,
]);

function axisTheme(p: ChartPalette) {
  return {
    axisLine: { lineStyle: { color: p.axisLine } },
    axisTick: { lineStyle: { color: p.axisLine } },
    axisLabel: { color: p.textMuted, fontSize: p.fontSize },
    splitLine: { lineStyle: { color: p.splitLine } },
    nameTextStyle: { color: p.textMuted, fontSize: p.fontSize },
  };
}

function themeOf(p: ChartPalette) {
  const axis = axisTheme(p);
  return {
    color: [...p.categories],
    backgroundColor: 'transparent',
    textStyle: { color: p.text, fontFamily: FONT_FAMILY.sans, fontSize: p.fontSize },
    legend: { textStyle: { color: p.text, fontSize: p.fontSize } },
    tooltip: { backgroundColor: p.surface, borderColor: p.axisLine, textStyle: { color: p.text, fontSize: p.fontSize } },
    categoryAxis: axis,
    valueAxis: axis,
    timeAxis: axis,
    logAxis: axis,
    dataZoom: { textStyle: { color: p.textMuted }, borderColor: p.axisLine },
  };
}

// ECharts' 12 px default is unreadable from the back of a room: every theme sets the palette's size.
for (const scheme of ['light', 'dark'] as const) {
  for (const wide of [false, true]) {
    const palette = paletteFor(scheme, wide);
    echarts.registerTheme(themeName(palette), themeOf(palette));
  }
}

export { echarts };
