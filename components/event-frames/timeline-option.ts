/**
 * The event-frame timeline: one lane per element (the frame's primary element), one bar per frame
 * from start to end, coloured by template. Frames of one element that overlap (a batch run and an
 * alarm on the same unit) get sub-rows inside the lane, so no two bars ever cover each other and
 * lanes never merge into a band. Frames still in progress run to the server's "now", translucent
 * with a dashed outline.
 */
import type { CustomSeriesRenderItemAPI, CustomSeriesRenderItemParams, CustomSeriesRenderItemReturn } from 'echarts';
import type { TimelineFrame, TimelineLane } from '@/lib/api-contract';
import type { ChartOption } from '../charts/chart-option';
import { categoryColor, type ChartPalette } from '../charts/chart-palette';
import { formatHumanSeconds } from '../charts/human-time';

export const NO_TEMPLATE = '(no template)';
export const NO_ELEMENT = '(no element)';

/** [lane, startMs, endMs, inProgress (1/0), sub-row, sub-rows in the lane], with the frame's name for the tooltip. */
export interface TimelineItem {
  name: string;
  value: [lane: number, startMs: number, endMs: number, inProgress: number, subRow: number, subRows: number];
}

export interface TimelineLayout {
  /** Lane names top-down: the element's path below its database. */
  lanes: string[];
  /** Templates A-Z, one series each. */
  templates: string[];
  /** Per template, its frames as drawn. */
  items: TimelineItem[][];
}

/** `\\AFSRV\Production\Plant_01\Unit03` -> `Plant_01\Unit03`: server and database are the same for every lane. */
export function laneLabel(lane: TimelineLane): string {
  if (lane.elementPath) {
    const parts = lane.elementPath.split('\\').filter(Boolean);
    return parts.length > 2 ? parts.slice(2).join('\\') : lane.elementPath;
  }
  return lane.elementWebId ?? NO_ELEMENT;
}

/**
 * Sub-rows per lane by greedy interval packing: each frame (in start order) takes the first
 * sub-row whose last frame ended by its start. Returns each frame's sub-row and each lane's count.
 */
export function packLanes(laneOf: readonly number[], startMs: readonly number[], endMs: readonly number[]): { subRow: number[]; subRows: number[] } {
  const order = laneOf.map((_, i) => i).sort((a, b) => (startMs[a] ?? 0) - (startMs[b] ?? 0) || a - b);
  const rowEnds = new Map<number, number[]>();
  const subRow = new Array<number>(laneOf.length).fill(0);
  for (const i of order) {
    const lane = laneOf[i] ?? 0;
    const ends = rowEnds.get(lane) ?? [];
    const start = startMs[i] ?? 0;
    let row = ends.findIndex((end) => end <= start);
    if (row === -1) row = ends.length;
    ends[row] = endMs[i] ?? start;
    rowEnds.set(lane, ends);
    subRow[i] = row;
  }
  return { subRow, subRows: laneOf.map((lane) => rowEnds.get(lane)?.length ?? 1) };
}

export function timelineLayout(lanes: readonly TimelineLane[], frames: readonly TimelineFrame[], nowMs: number): TimelineLayout {
  const laneIndex = new Map(lanes.map((l, i) => [l.elementWebId, i]));
  const templates = [...new Set(frames.map((f) => f.templateName ?? NO_TEMPLATE))].sort();
  const shown = frames.filter((f) => laneIndex.has(f.primaryElementWebId));
  // A frame that started after the server's clock (clock skew) still gets a visible sliver.
  const ends = shown.map((f) => f.endMs ?? Math.max(nowMs, f.startMs));
  const laneOf = shown.map((f) => laneIndex.get(f.primaryElementWebId) ?? 0);
  const { subRow, subRows } = packLanes(
    laneOf,
    shown.map((f) => f.startMs),
    ends,
  );
  const items: TimelineItem[][] = templates.map(() => []);
  shown.forEach((frame, i) => {
    items[templates.indexOf(frame.templateName ?? NO_TEMPLATE)]?.push({
      name: frame.name,
      value: [laneOf[i] ?? 0, frame.startMs, ends[i] ?? frame.startMs, frame.endMs === null ? 1 : 0, subRow[i] ?? 0, subRows[i] ?? 1],
    });
  });
  return { lanes: lanes.map(laneLabel), templates, items };
}

/** Minimum bar width in px: a one-minute alarm on a week's axis is still visible. */
const MIN_BAR_PX = 3;
/** Share of a lane's height the bars use; the rest keeps neighbouring lanes apart. */
const LANE_FILL = 0.78;

/** Draws one frame in its sub-row; `separator` outlines bars so back-to-back frames stay apart. */
function renderFrame(separator: string) {
  return (params: CustomSeriesRenderItemParams, api: CustomSeriesRenderItemAPI): CustomSeriesRenderItemReturn => {
    const lane = api.value(0);
    const [x0 = 0, y = 0] = api.coord([api.value(1), lane]);
    const [x1 = 0] = api.coord([api.value(2), lane]);
    const size = api.size?.([0, 1]);
    const band = (Array.isArray(size) ? (size[1] ?? 24) : 24) * LANE_FILL;
    const subRows = Math.max(1, Number(api.value(5)));
    const rowHeight = band / subRows;
    const top = y - band / 2 + Number(api.value(4)) * rowHeight;
    const box = params.coordSys as unknown as { x: number; y: number; width: number; height: number };
    const left = Math.max(x0, box.x);
    const right = Math.min(Math.max(x1, x0 + MIN_BAR_PX), box.x + box.width);
    if (right <= left) return null;
    const color = api.visual('color') as string;
    const shape = { x: left, y: top + 1, width: right - left, height: Math.max(2, rowHeight - 2), r: 2 };
    return {
      type: 'rect',
      shape,
      style:
        api.value(3) === 1
          ? { fill: color, opacity: 0.45, stroke: color, lineWidth: 1.5, lineDash: [4, 3] }
          : { fill: color, opacity: 0.9, stroke: separator, lineWidth: 1 },
    };
  };
}

const timeFormat = new Intl.DateTimeFormat('en-GB', { dateStyle: 'medium', timeStyle: 'short' });

interface TimelineInput {
  lanes: readonly TimelineLane[];
  frames: readonly TimelineFrame[];
  nowMs: number;
  /** The searched window: the axis spans it, so a page with few frames still shows the whole week. */
  window: { startMs: number; endMs: number } | null;
  palette: ChartPalette;
}

export function timelineOption({ lanes, frames, nowMs, window, palette }: TimelineInput): ChartOption {
  const layout = timelineLayout(lanes, frames, nowMs);
  return {
    grid: { left: 16, right: 28, top: 40, bottom: 64, containLabel: true },
    legend: { top: 0, left: 0, itemGap: 20 },
    tooltip: {
      trigger: 'item',
      formatter: (raw: unknown) => {
        const p = raw as { seriesName: string; name: string; value: TimelineItem['value'] };
        const [lane, start, end, inProgress] = p.value;
        const span = formatHumanSeconds((end - start) / 1000);
        return `<strong>${p.name}</strong><br/>${p.seriesName} on ${layout.lanes[lane] ?? NO_ELEMENT}<br/>${timeFormat.format(start)} · ${inProgress ? `in progress for ${span}` : span}`;
      },
    },
    xAxis: {
      type: 'time',
      splitLine: { show: true },
      // "3 Dec" rather than ECharts' bare "3" for a day; hours as 14:00.
      axisLabel: { hideOverlap: true, formatter: { year: '{yyyy}', month: '{MMM}', day: '{d} {MMM}', hour: '{HH}:{mm}', minute: '{HH}:{mm}' } },
      ...(window ? { min: window.startMs, max: Math.max(window.endMs, nowMs) } : {}),
    },
    yAxis: { type: 'category', data: layout.lanes, inverse: true, splitLine: { show: true }, axisLabel: { fontSize: palette.fontSize - 2 } },
    dataZoom: [
      { type: 'inside', xAxisIndex: 0, filterMode: 'weakFilter' },
      { type: 'slider', xAxisIndex: 0, height: 28, bottom: 8, filterMode: 'weakFilter', labelFormatter: (v: number) => timeFormat.format(v) },
    ],
    series: layout.templates.map((template, i) => ({
      type: 'custom',
      name: template,
      renderItem: renderFrame(palette.surface),
      itemStyle: { color: categoryColor(palette, i) },
      encode: { x: [1, 2], y: 0 },
      data: layout.items[i] ?? [],
    })),
  };
}
