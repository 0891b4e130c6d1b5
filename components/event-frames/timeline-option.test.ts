import { describe, expect, it } from 'vitest';
import type { TimelineFrame } from '@/lib/client/schemas/bronze';
import { paletteFor } from '../charts/chart-palette';
import { timelineOption, timelineRows } from './timeline-option';

const T0 = Date.UTC(2024, 0, 1);
const MIN = 60_000;
const frame = (name: string, templateName: string | null, startMin: number, endMin: number | null): TimelineFrame => ({
  webId: `F-${name}`,
  name,
  templateName,
  startMs: T0 + startMin * MIN,
  endMs: endMin === null ? null : T0 + endMin * MIN,
  severity: null,
});

const frames = [frame('B1', 'BatchRun', 0, 60), frame('A1', 'Alarm', 10, 15), frame('M1', 'Maintenance', 300, null), frame('X', null, 5, 6)];
const now = T0 + 400 * MIN;

describe('timelineRows', () => {
  it('puts templates in rows A-Z and runs frames in progress to now', () => {
    const { templates, items } = timelineRows(frames, now);
    expect(templates).toEqual(['(no template)', 'Alarm', 'BatchRun', 'Maintenance']);
    expect(items).toEqual([
      [{ name: 'X', value: [0, T0 + 5 * MIN, T0 + 6 * MIN, 0] }],
      [{ name: 'A1', value: [1, T0 + 10 * MIN, T0 + 15 * MIN, 0] }],
      [{ name: 'B1', value: [2, T0, T0 + 60 * MIN, 0] }],
      [{ name: 'M1', value: [3, T0 + 300 * MIN, now, 1] }],
    ]);
  });

  it('gives a frame that starts after now a zero-length span rather than a negative one', () => {
    const { items } = timelineRows([frame('Late', 'Alarm', 500, null)], now);
    expect(items[0]?.[0]?.value).toEqual([0, T0 + 500 * MIN, T0 + 500 * MIN, 1]);
  });
});

describe('timelineOption', () => {
  it('draws one custom series per template with its own colour', () => {
    const palette = paletteFor('light');
    const series = timelineOption(frames, now, palette).series as { type: string; name: string; itemStyle: { color: string } }[];
    expect(series.map((s) => [s.type, s.name])).toEqual([
      ['custom', '(no template)'],
      ['custom', 'Alarm'],
      ['custom', 'BatchRun'],
      ['custom', 'Maintenance'],
    ]);
    expect(new Set(series.map((s) => s.itemStyle.color)).size).toBe(4);
  });
});
