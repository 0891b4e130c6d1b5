import { describe, expect, it } from 'vitest';
import { paletteFor } from './chart-palette';
import { drawnBuckets, histogramOption, histogramTimeAxis } from './histogram-option';

const edges = [0, 1, 5, 10, 30, 60, 120, 300, 600, 1800, 3600];
const buckets = edges.map((from, i) => ({ fromSeconds: from, toSeconds: edges[i + 1] ?? null, count: from === 60 ? 119 : from === 300 ? 1 : 0 }));
const palette = paletteFor('dark');

describe('drawnBuckets', () => {
  it('draws each bucket over its own range: the first from half its end, the open last one a doubling wide', () => {
    const drawn = drawnBuckets(buckets);
    expect(drawn.map((b) => [b.fromSeconds, b.toSeconds])).toEqual([
      [0.5, 1],
      [1, 5],
      [5, 10],
      [10, 30],
      [30, 60],
      [60, 120],
      [120, 300],
      [300, 600],
      [600, 1800],
      [1800, 3600],
      [3600, 7200],
    ]);
    expect(drawn.map((b) => b.range)).toEqual(['0–1 s', '1–5 s', '5–10 s', '10–30 s', '30 s–1 min', '1–2 min', '2–5 min', '5–10 min', '10–30 min', '30 min–1 h', '≥ 1 h']);
  });
});

describe('histogramTimeAxis', () => {
  it('spans the drawn buckets on a log axis with a tick on every inner edge', () => {
    expect(histogramTimeAxis(drawnBuckets(buckets))).toEqual({ scale: 'log', min: 0.5, max: 7200, ticks: edges.slice(1) });
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
    { type: string; data: { name: string; value: [number, number, number] }[] },
    { markLine: { data: { xAxis: number; label: { formatter: string; align: string; distance: number }; lineStyle: { color: string } }[] } },
  ];

  it('draws every bucket to scale with its count', () => {
    expect(series[0].type).toBe('custom');
    expect(series[0].data.map((d) => d.value)).toEqual(drawnBuckets(buckets).map((b) => [b.fromSeconds, b.toSeconds, b.count]));
  });

  it('puts the x axis on a log scale, ticks labelled in human time', () => {
    const axis = option.xAxis as { type: string; axisLabel: { customValues: number[]; formatter: (v: number) => string } };
    expect(axis.type).toBe('log');
    expect(axis.axisLabel.customValues.map(axis.axisLabel.formatter)).toEqual(['1 s', '5 s', '10 s', '30 s', '1 min', '2 min', '5 min', '10 min', '30 min', '1 h']);
  });

  it('counts on a log axis when one bucket holds over 50x another, so a single interval still shows', () => {
    expect(option.yAxis).toMatchObject({ type: 'log', min: 0.5, name: 'intervals (log scale)' });
  });

  it('places each marker at its true time, each label on its own row, reading away from the nearer edge', () => {
    expect(series[1].markLine.data.map((m) => [m.xAxis, m.label.formatter, m.label.align, m.label.distance, m.lineStyle.color])).toEqual([
      [60, 'median: 60 s', 'left', 24, palette.median],
      [300, 'alternative: 300 s', 'right', 4, palette.alternative],
    ]);
    expect(option.grid).toMatchObject({ top: 56 });
  });
});
