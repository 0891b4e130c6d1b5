import { describe, expect, it } from 'vitest';
import type { TimelineFrame, TimelineLane } from '@/lib/api-contract';
import { paletteFor } from '../charts/chart-palette';
import { laneLabel, packLanes, timelineLayout, timelineOption } from './timeline-option';

const T0 = Date.UTC(2024, 0, 1);
const MIN = 60_000;
const frame = (name: string, templateName: string | null, element: string | null, startMin: number, endMin: number | null): TimelineFrame => ({
  webId: `F-${name}`,
  name,
  templateName,
  startMs: T0 + startMin * MIN,
  endMs: endMin === null ? null : T0 + endMin * MIN,
  severity: null,
  primaryElementWebId: element,
});
const lane = (webId: string | null, path: string | null): TimelineLane => ({ elementWebId: webId, elementPath: path, frameCount: 1 });

const lanes = [lane('U1', '\\\\AF\\Production\\Plant_01\\Unit01'), lane('U2', '\\\\AF\\Production\\Plant_01\\Unit02'), lane(null, null)];
const frames = [
  frame('B1', 'BatchRun', 'U1', 0, 60),
  // Overlaps B1 on the same unit: a second sub-row.
  frame('A1', 'Alarm', 'U1', 10, 15),
  // Starts when B1 ends: back in the first sub-row.
  frame('B2', 'BatchRun', 'U1', 60, 120),
  frame('M1', 'Maintenance', 'U2', 300, null),
  frame('X', null, null, 5, 6),
  // Not on this page's lanes: not drawn.
  frame('Z', 'Alarm', 'U9', 5, 6),
];
const now = T0 + 400 * MIN;

describe('laneLabel', () => {
  it('names a lane by its path below the database, or says it has no element', () => {
    expect(lanes.map(laneLabel)).toEqual(['Plant_01\\Unit01', 'Plant_01\\Unit02', '(no element)']);
    expect(laneLabel(lane('W-1', null))).toBe('W-1');
  });
});

describe('packLanes', () => {
  it('gives overlapping frames of one lane their own sub-rows, and reuses a row once it is free', () => {
    expect(packLanes([0, 0, 0, 1], [0, 10, 60, 0], [60, 15, 120, 5])).toEqual({ subRow: [0, 1, 0, 0], subRows: [2, 2, 2, 1] });
  });
});

describe('timelineLayout', () => {
  it('puts each frame in its element’s lane and sub-row, templates A-Z, frames in progress running to now', () => {
    const { lanes: names, templates, items } = timelineLayout(lanes, frames, now);
    expect(names).toEqual(['Plant_01\\Unit01', 'Plant_01\\Unit02', '(no element)']);
    expect(templates).toEqual(['(no template)', 'Alarm', 'BatchRun', 'Maintenance']);
    expect(items).toEqual([
      [{ name: 'X', value: [2, T0 + 5 * MIN, T0 + 6 * MIN, 0, 0, 1] }],
      [{ name: 'A1', value: [0, T0 + 10 * MIN, T0 + 15 * MIN, 0, 1, 2] }],
      [
        { name: 'B1', value: [0, T0, T0 + 60 * MIN, 0, 0, 2] },
        { name: 'B2', value: [0, T0 + 60 * MIN, T0 + 120 * MIN, 0, 0, 2] },
      ],
      [{ name: 'M1', value: [1, T0 + 300 * MIN, now, 1, 0, 1] }],
    ]);
  });

  it('gives a frame that starts after now a zero-length span rather than a negative one', () => {
    const { items } = timelineLayout(lanes, [frame('Late', 'Alarm', 'U1', 500, null)], now);
    expect(items[0]?.[0]?.value).toEqual([0, T0 + 500 * MIN, T0 + 500 * MIN, 1, 0, 1]);
  });
});

describe('timelineOption', () => {
  const palette = paletteFor('light');
  const window = { startMs: T0 - 7 * 1440 * MIN, endMs: T0 + 360 * MIN };
  const option = timelineOption({ lanes, frames, nowMs: now, window, palette });

  it('draws one custom series per template with its own colour', () => {
    const series = option.series as { type: string; name: string; itemStyle: { color: string } }[];
    expect(series.map((s) => [s.type, s.name])).toEqual([
      ['custom', '(no template)'],
      ['custom', 'Alarm'],
      ['custom', 'BatchRun'],
      ['custom', 'Maintenance'],
    ]);
    expect(new Set(series.map((s) => s.itemStyle.color)).size).toBe(4);
  });

  it('spans the searched window (to now when frames run past it) with one lane per element', () => {
    expect(option.xAxis).toMatchObject({ type: 'time', min: window.startMs, max: now });
    expect(option.yAxis).toMatchObject({ type: 'category', data: ['Plant_01\\Unit01', 'Plant_01\\Unit02', '(no element)'] });
  });
});
