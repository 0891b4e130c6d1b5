/**
 * A histogram over uneven buckets (0-1 s, 1-5 s, ... 30 min-1 h, over 1 h) drawn to scale on a log
 * time axis: each bar spans its bucket's own range, so a 1-5 s bucket is wider than a 5-10 s one
 * exactly as far as the axis says, and the marker lines (median, the 300 s alternative) sit at
 * their true time. Why log: the edges grow about geometrically, so on a linear axis every bucket
 * below a minute would share a few pixels. A log axis has no 0: the first bucket ([0, e)) is
 * drawn from e/2, the open last one a doubling wide; their tooltips give the true ranges.
 */
import type { CustomSeriesRenderItemAPI, CustomSeriesRenderItemParams, CustomSeriesRenderItemReturn } from 'echarts';
import { formatCount, formatSecondsRange } from '@/lib/client';
import type { HistogramBucket } from '@/lib/api-contract';
import type { ChartOption } from './chart-option';
import type { ChartPalette } from './chart-palette';
import { formatHumanSeconds } from './human-time';
import { type AxisPlan, countAxisOption, countAxisPlan } from './value-axis';

export interface HistogramMarker {
  seconds: number;
  label: string;
  color: string;
}

/** A bucket as drawn: its span on the axis (seconds) and its count. */
export interface DrawnBucket {
  fromSeconds: number;
  toSeconds: number;
  count: number;
  /** The true range, for the tooltip: "0–1 s", "≥ 1 h". */
  range: string;
}

/** Each bucket's drawn span; see the file comment for the two ends. */
export function drawnBuckets(buckets: readonly HistogramBucket[]): DrawnBucket[] {
  return buckets.map((b) => {
    const to = b.toSeconds ?? Math.max(b.fromSeconds * 2, b.fromSeconds + 1);
    const from = b.fromSeconds > 0 ? b.fromSeconds : to / 2;
    return { fromSeconds: from, toSeconds: to, count: b.count, range: formatSecondsRange(b.fromSeconds, b.toSeconds) };
  });
}

/** The time axis: from the first drawn start to the last drawn end, ticks on the inner bucket edges. */
export function histogramTimeAxis(drawn: readonly DrawnBucket[]): AxisPlan {
  const min = drawn[0]?.fromSeconds ?? 1;
  const max = drawn[drawn.length - 1]?.toSeconds ?? 2;
  const edges = drawn.slice(1).map((b) => b.fromSeconds);
  return { scale: 'log', min, max: Math.max(max, min * 2), ticks: edges };
}

/** Height of one row of marker labels above the plot. */
const MARKER_ROW_PX = 20;

interface HistogramInput {
  buckets: readonly HistogramBucket[];
  markers: readonly HistogramMarker[];
  palette: ChartPalette;
  /** Plural noun of what is counted: "intervals", "frames". */
  countName: string;
}

function renderBar(yFloor: number, separator: string) {
  return (_params: CustomSeriesRenderItemParams, api: CustomSeriesRenderItemAPI): CustomSeriesRenderItemReturn => {
    const count = Number(api.value(2));
    if (!(count > 0)) return null;
    const [x0 = 0, y0 = 0] = api.coord([api.value(0), yFloor]);
    const [x1 = 0, y1 = 0] = api.coord([api.value(1), count]);
    return {
      type: 'rect',
      shape: { x: x0, y: y1, width: Math.max(1, x1 - x0), height: y0 - y1, r: [3, 3, 0, 0] },
      style: { fill: api.visual('color') as string, stroke: separator, lineWidth: 1 },
    };
  };
}

export function histogramOption({ buckets, markers, palette, countName }: HistogramInput): ChartOption {
  const drawn = drawnBuckets(buckets);
  const xPlan = histogramTimeAxis(drawn);
  const yPlan = countAxisPlan(drawn.map((b) => b.count));
  const yFloor = yPlan.scale === 'log' ? yPlan.min : 0;
  const xTicks = [...xPlan.ticks];
  const placed = [...markers].sort((a, b) => a.seconds - b.seconds);
  const fraction = (seconds: number) => Math.log(Math.min(xPlan.max, Math.max(xPlan.min, seconds)) / xPlan.min) / Math.log(xPlan.max / xPlan.min);
  return {
    // Marker labels each get their own row above the plot: two close markers never print over each other.
    // Left: room for the count axis's name, which sits beyond its tick labels (containLabel counts only those).
    grid: { left: 16 + palette.fontSize + 8, right: 24, top: 16 + placed.length * MARKER_ROW_PX, bottom: 8, containLabel: true },
    tooltip: { trigger: 'item' },
    xAxis: {
      type: 'log',
      logBase: 10,
      min: xPlan.min,
      max: xPlan.max,
      axisTick: { customValues: xTicks },
      axisLabel: { customValues: xTicks, formatter: (v: number) => formatHumanSeconds(v), hideOverlap: true },
      splitLine: { show: false },
      minorTick: { show: false },
    },
    yAxis: {
      ...countAxisOption(yPlan),
      // Along the axis, not above it: the space above the plot holds the marker labels. Clear of
      // the widest tick label ("2,000,000"), at about 0.62 em a digit.
      name: yPlan.scale === 'log' ? `${countName} (log scale)` : countName,
      nameLocation: 'middle',
      nameGap: 14 + Math.ceil(Math.max(...yPlan.ticks.map((t) => formatCount(t).length)) * palette.fontSize * 0.62),
      minInterval: 1,
    },
    series: [
      {
        type: 'custom',
        name: countName,
        renderItem: renderBar(yFloor, palette.surface),
        itemStyle: { color: palette.primary },
        encode: { x: [0, 1], y: 2 },
        data: drawn.map((b) => ({ name: b.range, value: [b.fromSeconds, b.toSeconds, b.count] })),
        tooltip: {
          formatter: (p: unknown) => {
            const { name, value } = p as { name: string; value: [number, number, number] };
            return `${name}: ${formatCount(value[2])} ${countName}`;
          },
        },
      },
      {
        // Carries the marker lines; it has no points of its own.
        type: 'line',
        data: [],
        silent: true,
        markLine: {
          symbol: 'none',
          silent: true,
          animation: false,
          data: placed.map((m, i) => {
            // A label reads away from the nearer edge, so it never leaves the canvas.
            const toLeft = fraction(m.seconds) > 0.5;
            return {
              xAxis: Math.min(xPlan.max, Math.max(xPlan.min, m.seconds)),
              lineStyle: { color: m.color, width: 2, type: i === 0 ? ('solid' as const) : ('dashed' as const) },
              label: {
                formatter: m.label,
                position: 'end' as const,
                distance: 4 + (placed.length - 1 - i) * MARKER_ROW_PX,
                color: m.color,
                fontSize: palette.fontSize,
                fontWeight: 'bold' as const,
                align: toLeft ? ('right' as const) : ('left' as const),
              },
            };
          }),
        },
      },
    ],
  };
}
