/**
 * What a chart drew, read from the ECharts instance that drew it (components/charts/echart-canvas
 * hangs it on the chart container as `echartsInstance`): every text box on the canvas, and the
 * pixel length of bars. Canvas text is not in the DOM; this is how a spec can see a clipped or
 * overprinted label.
 */
import { expect, type Locator } from '@playwright/test';

export interface TextBox {
  text: string;
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface ChartTexts {
  width: number;
  height: number;
  boxes: TextBox[];
}

/** The few zrender members read here; zrender's own types are not exported through echarts/core. */
interface ZrElement {
  type: string;
  invisible?: boolean;
  style?: { text?: string; opacity?: number };
  transform?: number[] | null;
  getBoundingRect(): { x: number; y: number; width: number; height: number };
}
interface ChartInstance {
  getWidth(): number;
  getHeight(): number;
  getZr(): { animation: { isFinished(): boolean }; storage: { getDisplayList(update?: boolean): ZrElement[] } };
  getOption(): Record<string, unknown>;
  convertToPixel(finder: Record<string, number>, value: unknown): number | number[];
}
type Host = HTMLElement & { echartsInstance?: ChartInstance };

/** Every visible text box on the chart's canvas, in CSS px from its top-left; null until drawn and settled. */
export function chartTexts(chart: Locator): Promise<ChartTexts | null> {
  return chart.evaluate((el): ChartTexts | null => {
    const instance = (el as Host).echartsInstance;
    if (!instance) return null;
    const zr = instance.getZr();
    // Labels ride with animated bars: measure only the resting drawing.
    if (!zr.animation.isFinished()) return null;
    const boxes: TextBox[] = [];
    for (const item of zr.storage.getDisplayList(true)) {
      const text = item.style?.text;
      if (item.type !== 'tspan' || !text || item.invisible || item.style?.opacity === 0) continue;
      const r = item.getBoundingRect();
      const m = item.transform ?? [1, 0, 0, 1, 0, 0];
      const [a = 1, b = 0, c = 0, d = 1, tx = 0, ty = 0] = m;
      const corners = [
        [r.x, r.y],
        [r.x + r.width, r.y],
        [r.x, r.y + r.height],
        [r.x + r.width, r.y + r.height],
      ].map(([x = 0, y = 0]) => [a * x + c * y + tx, b * x + d * y + ty] as const);
      const xs = corners.map((p) => p[0]);
      const ys = corners.map((p) => p[1]);
      const x = Math.min(...xs);
      const y = Math.min(...ys);
      boxes.push({ text, x, y, width: Math.max(...xs) - x, height: Math.max(...ys) - y });
    }
    return { width: instance.getWidth(), height: instance.getHeight(), boxes };
  });
}

/** Overlap in px of two boxes along both axes (0 when apart). */
function overlap(a: TextBox, b: TextBox): number {
  const w = Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x);
  const h = Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y);
  return w > 0 && h > 0 ? Math.min(w, h) : 0;
}

/** Sub-pixel rounding of text metrics: a touch is not an overlap. */
const TOLERANCE_PX = 1;

/** Human-readable problems: a text box leaving the canvas, or two text boxes printed over each other. */
export function labelProblems(texts: ChartTexts): string[] {
  const problems: string[] = [];
  for (const box of texts.boxes) {
    if (box.x < -TOLERANCE_PX || box.y < -TOLERANCE_PX || box.x + box.width > texts.width + TOLERANCE_PX || box.y + box.height > texts.height + TOLERANCE_PX) {
      problems.push(`"${box.text}" clipped at (${Math.round(box.x)}, ${Math.round(box.y)}) ${Math.round(box.width)}x${Math.round(box.height)} in ${texts.width}x${texts.height}`);
    }
  }
  texts.boxes.forEach((a, i) => {
    for (const b of texts.boxes.slice(i + 1)) if (overlap(a, b) > TOLERANCE_PX) problems.push(`"${a.text}" overlaps "${b.text}"`);
  });
  return problems;
}

/** Waits until the chart has drawn text, then requires none of it clipped or overprinted. */
export async function expectLabelsClear(chart: Locator): Promise<void> {
  await expect.poll(async () => ((await chartTexts(chart))?.boxes.length ?? 0), { message: 'text drawn on the chart' }).toBeGreaterThan(0);
  await expect.poll(async () => {
    const texts = await chartTexts(chart);
    return texts ? labelProblems(texts) : ['not settled'];
  }, { message: 'labels clipped or overlapping' }).toEqual([]);
}

/** All text on the chart, for assertions on what it says. */
export async function chartText(chart: Locator): Promise<string[]> {
  return (await chartTexts(chart))?.boxes.map((b) => b.text) ?? [];
}

/**
 * Pixel length of each bar of a row chart (horizontal bars, components/charts/row-bars-option),
 * by row name: from the value axis's start to the bar's value, as the instance converts them.
 */
export function rowBarLengths(chart: Locator): Promise<Record<string, number>> {
  return chart.evaluate((el) => {
    const instance = (el as Host).echartsInstance;
    if (!instance) return {};
    const option = instance.getOption() as {
      xAxis: { min?: number }[];
      yAxis: { data: string[] }[];
      series: { data: ({ value: number | string } | number | string)[] }[];
    };
    const rows = option.yAxis[0]?.data ?? [];
    const min = option.xAxis[0]?.min ?? 0;
    const start = Number(instance.convertToPixel({ xAxisIndex: 0 }, min));
    const lengths: Record<string, number> = {};
    (option.series[0]?.data ?? []).forEach((d, i) => {
      const value = typeof d === 'object' ? d.value : d;
      const name = rows[i];
      if (name !== undefined && typeof value === 'number') lengths[name] = Number(instance.convertToPixel({ xAxisIndex: 0 }, value)) - start;
    });
    return lengths;
  });
}

/** The value axis type the chart drew with: 'log' or 'value'. */
export function valueAxisType(chart: Locator, axis: 'xAxis' | 'yAxis' = 'xAxis'): Promise<string | null> {
  return chart.evaluate((el, which) => {
    const option = (el as Host).echartsInstance?.getOption() as Record<string, { type?: string }[]> | undefined;
    return option?.[which]?.[0]?.type ?? null;
  }, axis);
}

/** Whether the text drawn as `text` sits inside the chart's scrolling frame as the page shows it now. */
export function textInFrame(chart: Locator, text: string): Promise<boolean> {
  return chart.evaluate((el, wanted) => {
    const instance = (el as Host).echartsInstance;
    const frame = el.parentElement;
    if (!instance || !frame) return false;
    const item = instance
      .getZr()
      .storage.getDisplayList(true)
      .find((e) => e.type === 'tspan' && e.style?.text === wanted);
    if (!item) return false;
    const r = item.getBoundingRect();
    const [, , , , tx = 0, ty = 0] = item.transform ?? [];
    const host = el.getBoundingClientRect();
    const view = frame.getBoundingClientRect();
    const top = host.top + ty + r.y;
    const left = host.left + tx + r.x;
    return top >= view.top && top + r.height <= view.bottom && left >= view.left && left + r.width <= view.right;
  }, text);
}

/** Bars of a custom series (the event-frame timeline) inside the plot: none may cover another. */
export function timelineBars(chart: Locator): Promise<{ x: number; y: number; width: number; height: number }[] | null> {
  return chart.evaluate((el) => {
    const instance = (el as Host).echartsInstance;
    if (!instance) return null;
    const zr = instance.getZr();
    if (!zr.animation.isFinished()) return null;
    const option = instance.getOption() as { yAxis: { data: string[] }[] };
    const lanes = option.yAxis[0]?.data ?? [];
    if (lanes.length === 0) return [];
    const first = Number(instance.convertToPixel({ yAxisIndex: 0 }, 0));
    const last = Number(instance.convertToPixel({ yAxisIndex: 0 }, lanes.length - 1));
    const band = lanes.length > 1 ? (last - first) / (lanes.length - 1) : 40;
    const top = Math.min(first, last) - band / 2;
    const bottom = Math.max(first, last) + band / 2;
    return zr.storage
      .getDisplayList(true)
      .filter((e) => e.type === 'rect')
      .map((e) => {
        const shape = (e as unknown as { shape: { x: number; y: number; width: number; height: number } }).shape;
        return { x: shape.x, y: shape.y, width: shape.width, height: shape.height };
      })
      .filter((r) => r.y >= top - 1 && r.y + r.height <= bottom + 1 && r.width > 0);
  });
}

/** Pairs of timeline bars drawn over each other (more than a pixel both ways). */
export function barOverlaps(bars: readonly { x: number; y: number; width: number; height: number }[]): number {
  let n = 0;
  bars.forEach((a, i) => {
    for (const b of bars.slice(i + 1)) {
      const w = Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x);
      const h = Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y);
      if (w > TOLERANCE_PX && h > TOLERANCE_PX) n++;
    }
  });
  return n;
}
