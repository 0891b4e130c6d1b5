/**
 * A histogram over uneven buckets (1 s, 5 s, ... 1 h) with vertical marker lines (median, the
 * 300 s alternative). Each bucket gets an equal-width bar; markers sit on a hidden value axis
 * spanning the same width, where bucket i covers [i, i+1] and a time inside it is placed
 * linearly, so a marker lands between the right bars whatever the bucket widths.
 */
import { formatCount } from '@/lib/client/format';
import { formatSeconds, formatSecondsRange } from '@/lib/client/format-seconds';
import type { HistogramBucket } from '@/lib/client/schemas/bronze';
import type { ChartOption } from './chart-option';
import type { ChartPalette } from './chart-palette';

export interface HistogramMarker {
  seconds: number;
  label: string;
  color: string;
}

/** Where `seconds` falls on the [0, buckets.length] scale; clamped to it. */
export function bucketPosition(buckets: readonly HistogramBucket[], seconds: number): number {
  for (let i = buckets.length - 1; i >= 0; i--) {
    const b = buckets[i];
    if (!b || seconds < b.fromSeconds) continue;
    // The open last bucket is drawn as wide as its start again (1 h -> 2 h), then clamped.
    const to = b.toSeconds ?? Math.max(b.fromSeconds * 2, b.fromSeconds + 1);
    return i + Math.min(1, (seconds - b.fromSeconds) / (to - b.fromSeconds));
  }
  return 0;
}

interface HistogramInput {
  buckets: readonly HistogramBucket[];
  markers: readonly HistogramMarker[];
  palette: ChartPalette;
  /** Plural noun of what is counted: "intervals", "frames". */
  countName: string;
}

export function histogramOption({ buckets, markers, palette, countName }: HistogramInput): ChartOption {
  const n = buckets.length;
  const placed = markers.map((m) => ({ ...m, x: bucketPosition(buckets, m.seconds) })).sort((a, b) => a.x - b.x);
  return {
    grid: { left: 16, right: 24, top: 44, bottom: 8, containLabel: true },
    tooltip: { trigger: 'item' },
    xAxis: [
      { type: 'category', data: buckets.map((b) => formatSecondsRange(b.fromSeconds, b.toSeconds)), show: false },
      {
        // Labels sit on bucket edges: 11 short edge labels fit where 11 range labels would not.
        type: 'value',
        min: 0,
        max: n,
        interval: 1,
        position: 'bottom',
        splitLine: { show: false },
        axisLabel: {
          hideOverlap: true,
          formatter: (value: number) => {
            const b = buckets[value];
            return b && Number.isInteger(value) ? formatSeconds(b.fromSeconds) : '';
          },
        },
      },
    ],
    yAxis: { type: 'value', name: countName, nameTextStyle: { align: 'left' }, minInterval: 1 },
    series: [
      {
        type: 'bar',
        name: countName,
        xAxisIndex: 0,
        data: buckets.map((b) => b.count),
        barCategoryGap: '12%',
        itemStyle: { color: palette.primary, borderRadius: [3, 3, 0, 0] },
        tooltip: {
          formatter: (p: unknown) => {
            const { name, value } = p as { name: string; value: number };
            return `${name}: ${formatCount(value)} ${countName}`;
          },
        },
      },
      {
        // Carries the marker lines on the value axis; it has no points of its own.
        type: 'line',
        xAxisIndex: 1,
        data: [],
        silent: true,
        markLine: {
          symbol: 'none',
          silent: true,
          animation: false,
          data: placed.map((m, i) => ({
            xAxis: m.x,
            lineStyle: { color: m.color, width: 2, type: i === 0 ? 'solid' : 'dashed' },
            label: {
              formatter: m.label,
              position: 'end',
              color: m.color,
              fontSize: palette.fontSize,
              fontWeight: 'bold',
              // Leftmost label reads leftwards, the others rightwards: neighbours never overlap.
              align: placed.length > 1 && i === 0 ? 'right' : 'left',
              padding: [0, 4],
            },
          })),
        },
      },
    ],
  };
}
