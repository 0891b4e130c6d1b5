import { describe, expect, it } from 'vitest';
import { paletteFor } from './chart-palette';
import { bucketPosition, histogramOption } from './histogram-option';

const edges = [0, 1, 5, 10, 30, 60, 120, 300, 600, 1800, 3600];
const buckets = edges.map((from, i) => ({ fromSeconds: from, toSeconds: edges[i + 1] ?? null, count: from === 60 ? 119 : 0 }));
const palette = paletteFor('dark');

describe('bucketPosition', () => {
  it.each([
    [0, 0],
    [60, 5],
    [90, 5.5],
    [300, 7],
    [3600, 10],
    [5400, 10.5],
    [1e9, 11],
    [-3, 0],
  ])('%d s sits at %d', (seconds, position) => {
    expect(bucketPosition(buckets, seconds)).toBeCloseTo(position, 10);
  });
});

describe('histogramOption', () => {
  const option = histogramOption({
    buckets,
    countName: 'intervals',
    palette,
    markers: [
      { seconds: 300, label: 'alternative: 300 s', color: palette.alternative },
      { seconds: 60, label: 'median: 60 s', color: palette.median },
    ],
  });
  const series = option.series as [
    { data: number[] },
    { markLine: { data: { xAxis: number; label: { formatter: string; align: string }; lineStyle: { color: string } }[] } },
  ];

  it('draws one bar per bucket with its count', () => {
    expect(series[0].data).toEqual([0, 0, 0, 0, 0, 119, 0, 0, 0, 0, 0]);
  });

  it('places the median and the 300 s line on the bucket scale, labels pointing apart', () => {
    expect(series[1].markLine.data.map((m) => [m.xAxis, m.label.formatter, m.label.align, m.lineStyle.color])).toEqual([
      [5, 'median: 60 s', 'right', palette.median],
      [7, 'alternative: 300 s', 'left', palette.alternative],
    ]);
  });

  it('labels bucket edges on the visible axis', () => {
    const axis = (option.xAxis as { axisLabel?: { formatter: (v: number) => string } }[])[1];
    const formatter = axis?.axisLabel?.formatter;
    if (!formatter) throw new Error('no formatter');
    expect([0, 1, 5, 7, 10, 11, 2.5].map(formatter)).toEqual(['0 s', '1 s', '1 min', '5 min', '1 h', '', '']);
  });
});
