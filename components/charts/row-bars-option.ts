/**
 * Horizontal bars, one row each, with every bar's label, its row's name first, printed just above
 * the bar from the axis start. Why this layout: a label beside a bar's end either runs off the
 * canvas (a long bar), over a neighbour (a short one) or through a reference line; above the bar
 * it has the plot's whole width, never meets another label (rows keep a label's height free
 * between bars) and never meets a line. The names are not on the axis, so the plot keeps the
 * card's width at 1366 px and its ticks their room. A reference (the 5-minute SLA) is a tinted
 * zone named above the plot, not a line through the labels.
 */
import type { ChartOption } from './chart-option';
import { fade } from './colors';
import type { ChartPalette } from './chart-palette';
import { type AxisPlan, countAxisOption, timeAxisOption } from './value-axis';

export interface RowBar {
  /** The row's key on the (hidden) category axis, unique: "Batch", "Sequential, all 30,240 tags". */
  category: string;
  /** The row's name as its label starts, when it differs from `category` (two rows of one mode). */
  name?: string;
  /** Null: no figure for this row, no bar (never a 0 that reads as instant). */
  value: number | null;
  /** Printed above the bar after the row's name: "4.7 s", "≈ 17 min 15 s projected". */
  label: string;
  /** Said instead when the chart is too narrow for `label` ("≈ 17 min 15 s"); the tooltip keeps the whole. */
  shortLabel?: string;
  tooltip: string;
  itemStyle: { color: string; borderColor?: string; borderWidth?: number; borderType?: 'dashed' };
  labelColor: string;
}

export interface RowBarsInput {
  bars: readonly RowBar[];
  axis: AxisPlan;
  /** Durations in seconds, or counts. */
  unit: 'seconds' | 'count';
  palette: ChartPalette;
  /** From `from` to the axis end, tinted and named above the plot: "over the 5-min SLA". */
  zone?: { from: number; label: string; color: string };
  /** The drawing's width in CSS px once known: labels that would not fit it take their short form. */
  widthPx?: number | null;
}

/** Vertical room one row needs: its label (one line) above a bar of BAR_PX, and a gap. */
export const ROW_PX = 50;
/** Room the axis, the zone's name and the plot's padding take besides the rows. */
export const ROW_CHART_CHROME_PX = 78;
const BAR_PX = 18;
/** Label bottom this far above its bar. */
const LABEL_GAP_PX = 3;

/** CSS height for `rows` rows: never less than `floor` (a CSS length), never so short that a label meets the bar above. */
export function rowChartHeight(rows: number, floor: string): string {
  return `max(${floor}, ${rows * ROW_PX + ROW_CHART_CHROME_PX}px)`;
}

/** Width of bold label text at `fontSize`, generously estimated (0.62 em a character): fitting is decided before drawing. */
function textWidthPx(text: string, fontSize: number): number {
  return text.length * fontSize * 0.62;
}

/** Room a label has: the drawing less the grid's margins and the axis's end label overhang. */
const LABEL_MARGIN_PX = 48;

/** The longest of "name  label", "name  short", "short" that fits `room`; the last one regardless. */
export function fittedLabel(bar: RowBar, room: number, fontSize: number): { name: string | null; text: string } {
  const name = bar.name ?? bar.category;
  const choices = [
    { name, text: bar.label },
    ...(bar.shortLabel ? [{ name, text: bar.shortLabel }, { name: null, text: bar.shortLabel }] : [{ name: null, text: bar.label }]),
  ];
  return choices.find((c) => textWidthPx(`${c.name ?? ''}  ${c.text}`, fontSize) <= room) ?? choices[choices.length - 1] ?? { name, text: bar.label };
}

/** ECharts reads {style|text} in a label as rich text: braces in our own text must not open one. */
function richText(text: string): string {
  return text.replace(/[{}|]/g, ' ');
}

export function rowBarsOption({ bars, axis, unit, palette, zone, widthPx }: RowBarsInput): ChartOption {
  const axisOption = unit === 'seconds' ? timeAxisOption(axis) : countAxisOption(axis);
  const room = widthPx ? widthPx - LABEL_MARGIN_PX : Number.POSITIVE_INFINITY;
  const labelOf = (b: RowBar) => {
    const fitted = fittedLabel(b, room, palette.fontSize);
    return fitted.name === null ? richText(fitted.text) : `{name|${richText(fitted.name)}}  ${richText(fitted.text)}`;
  };
  const zoneLabelColor = zone?.color ?? palette.text;
  return {
    grid: { left: 8, right: 20, top: zone ? 30 : 12, bottom: 8, containLabel: true },
    tooltip: { trigger: 'item' },
    // Rows read top-down in the order given; each row's name is in its bar's label.
    yAxis: { type: 'category', inverse: true, data: bars.map((b) => b.category), axisLabel: { show: false }, axisTick: { show: false } },
    xAxis: { ...axisOption, splitLine: { show: true } },
    series: [
      {
        type: 'bar',
        barWidth: BAR_PX,
        // A log axis has no 0: bars start at its minimum, as its first tick says.
        data: bars.map((b) =>
          b.value === null
            ? { value: '-', label: { show: false } }
            : {
                value: b.value,
                itemStyle: { ...b.itemStyle, borderRadius: [0, 3, 3, 0] },
                label: {
                  show: true,
                  position: [0, -LABEL_GAP_PX],
                  align: 'left',
                  verticalAlign: 'bottom',
                  formatter: labelOf(b),
                  color: b.labelColor,
                  fontSize: palette.fontSize,
                  fontWeight: 'bold',
                  rich: { name: { color: palette.text, fontSize: palette.fontSize, fontWeight: 'bold' } },
                },
                tooltip: { formatter: b.tooltip },
              },
        ),
        ...(zone
          ? {
              markArea: {
                silent: true,
                itemStyle: { color: fade(zone.color, 0.1) },
                // Above the plot, ending at its right edge: clear of every bar label, and never past the canvas however narrow the zone.
                label: {
                  show: true,
                  position: ['100%', -4],
                  align: 'right',
                  verticalAlign: 'bottom',
                  formatter: zone.label,
                  color: zoneLabelColor,
                  fontSize: palette.fontSize,
                  fontWeight: 'bold',
                },
                data: [[{ xAxis: zone.from }, { xAxis: axis.max }]],
              },
            }
          : {}),
      },
    ],
  };
}
