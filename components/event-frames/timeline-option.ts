/**
 * The event-frame timeline: one row per template, one bar per frame from start to end. Frames
 * still in progress run to the server's "now", drawn translucent with a dashed outline.
 */
import type { CustomSeriesRenderItemAPI, CustomSeriesRenderItemParams, CustomSeriesRenderItemReturn } from 'echarts';
import { formatSeconds } from '@/lib/client/format-seconds';
import type { TimelineFrame } from '@/lib/client/schemas/bronze';
import type { ChartOption } from '../charts/chart-option';
import { categoryColor, type ChartPalette } from '../charts/chart-palette';

export const NO_TEMPLATE = '(no template)';

/** [row, startMs, endMs, inProgress (1/0)], with the frame's name for the tooltip. */
export interface TimelineItem {
  name: string;
  value: [row: number, startMs: number, endMs: number, inProgress: number];
}

/** Template rows A-Z, and each frame as an item of its template's series. */
export function timelineRows(frames: readonly TimelineFrame[], nowMs: number): { templates: string[]; items: TimelineItem[][] } {
  const templates = [...new Set(frames.map((f) => f.templateName ?? NO_TEMPLATE))].sort();
  const items: TimelineItem[][] = templates.map(() => []);
  for (const frame of frames) {
    const row = templates.indexOf(frame.templateName ?? NO_TEMPLATE);
    // A frame that started after the server's clock (clock skew) still gets a visible sliver.
    const end = frame.endMs ?? Math.max(nowMs, frame.startMs);
    items[row]?.push({ name: frame.name, value: [row, frame.startMs, end, frame.endMs === null ? 1 : 0] });
  }
  return { templates, items };
}

/** Minimum bar width in px: a one-minute alarm on a two-day axis is still visible. */
const MIN_BAR_PX = 3;

/** Draws one frame; `separator` outlines bars so back-to-back frames of one template stay apart. */
function renderFrame(separator: string) {
  return (params: CustomSeriesRenderItemParams, api: CustomSeriesRenderItemAPI): CustomSeriesRenderItemReturn => {
    const row = api.value(0);
    const [x0 = 0, y = 0] = api.coord([api.value(1), row]);
    const [x1 = 0] = api.coord([api.value(2), row]);
    const size = api.size?.([0, 1]);
    const height = (Array.isArray(size) ? (size[1] ?? 20) : 20) * 0.56;
    const box = params.coordSys as unknown as { x: number; y: number; width: number; height: number };
    const left = Math.max(x0, box.x);
    const right = Math.min(Math.max(x1, x0 + MIN_BAR_PX), box.x + box.width);
    if (right <= left) return null;
    const color = api.visual('color') as string;
    return {
      type: 'rect',
      shape: { x: left, y: y - height / 2, width: right - left, height, r: 2 },
      style:
        api.value(3) === 1
          ? { fill: color, opacity: 0.45, stroke: color, lineWidth: 1.5, lineDash: [4, 3] }
          : { fill: color, opacity: 0.9, stroke: separator, lineWidth: 1 },
    };
  };
}

const timeFormat = new Intl.DateTimeFormat('en-GB', { dateStyle: 'medium', timeStyle: 'short' });

export function timelineOption(frames: readonly TimelineFrame[], nowMs: number, palette: ChartPalette): ChartOption {
  const { templates, items } = timelineRows(frames, nowMs);
  return {
    grid: { left: 16, right: 28, top: 40, bottom: 64, containLabel: true },
    legend: { top: 0, left: 0, itemGap: 20 },
    tooltip: {
      trigger: 'item',
      formatter: (raw: unknown) => {
        const p = raw as { seriesName: string; name: string; value: TimelineItem['value'] };
        const [, start, end, inProgress] = p.value;
        const span = inProgress ? `in progress for ${formatSeconds((end - start) / 1000)}` : `${formatSeconds((end - start) / 1000)}`;
        return `<strong>${p.name}</strong><br/>${p.seriesName}<br/>${timeFormat.format(start)} · ${span}`;
      },
    },
    xAxis: { type: 'time', splitLine: { show: true } },
    yAxis: { type: 'category', data: templates, inverse: true, splitLine: { show: true } },
    dataZoom: [
      { type: 'inside', xAxisIndex: 0, filterMode: 'weakFilter' },
      { type: 'slider', xAxisIndex: 0, height: 28, bottom: 8, filterMode: 'weakFilter' },
    ],
    series: templates.map((template, i) => ({
      type: 'custom',
      name: template,
      renderItem: renderFrame(palette.surface),
      itemStyle: { color: categoryColor(palette, i) },
      encode: { x: [1, 2], y: 0 },
      data: items[i] ?? [],
    })),
  };
}
