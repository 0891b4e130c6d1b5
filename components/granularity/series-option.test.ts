import { describe, expect, it } from 'vitest';
import { paletteFor } from '../charts/chart-palette';
import { seriesOption } from './series-option';
import { splitSeries } from './split-series';

const palette = paletteFor('light');
const split = splitSeries({
  tsMs: [1000, 2000, 3000, 4000],
  value: [10, 11, null, 13],
  state: [null, null, 'I/O Timeout', null],
  flags: [1, 3, 4, 4],
});

function seriesList(option: ReturnType<typeof seriesOption>) {
  const series = option.series;
  if (!Array.isArray(series)) throw new Error('expected a series array');
  return series as { type: string; name: string; data: unknown[]; itemStyle?: { color?: string } }[];
}

describe('seriesOption', () => {
  it('draws the line and one mark series per quality flag, with counts in the legend', () => {
    const series = seriesList(seriesOption(split, 'degC', palette));
    expect(series.map((s) => [s.type, s.name, s.data.length])).toEqual([
      ['line', 'Value', 4],
      ['scatter', 'Questionable (1)', 1],
      ['scatter', 'Substituted (1)', 1],
      ['scatter', 'System state (1)', 1],
    ]);
  });

  it('gives each flag its own colour from the palette', () => {
    const colors = seriesList(seriesOption(split, 'degC', palette)).map((s) => s.itemStyle?.color);
    expect(colors).toEqual([palette.primary, palette.questionable, palette.substituted, palette.systemState]);
    expect(new Set(colors).size).toBe(4);
  });

  it('names the y axis after the units and explains a point in the tooltip', () => {
    const option = seriesOption(split, 'degC', palette);
    expect(option.yAxis).toMatchObject({ name: 'degC' });
    const tooltip = option.tooltip as { formatter: (p: unknown) => string };
    const text = tooltip.formatter([
      { seriesIndex: 0, seriesName: 'Value', value: [Date.UTC(2024, 0, 1, 12), 11.5] },
      { seriesIndex: 1, seriesName: 'Questionable (1)', value: [Date.UTC(2024, 0, 1, 12), 11.5] },
      { seriesIndex: 3, seriesName: 'System state (1)', value: [Date.UTC(2024, 0, 1, 12), 11.5], name: 'I/O Timeout' },
    ]);
    expect(text.split('<br/>').slice(1)).toEqual(['11.5 degC', 'Questionable', 'System state: I/O Timeout']);
  });
});
