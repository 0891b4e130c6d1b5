import { describe, expect, it } from 'vitest';
import { paletteFor } from '../charts/chart-palette';
import { levelsOption } from './levels-option';
import { templatesOption } from './templates-option';

const palette = paletteFor('light');

describe('levelsOption', () => {
  it('draws one bar per level, named by depth, labelled with the count', () => {
    const option = levelsOption(
      [
        { depth: 1, count: 60 },
        { depth: 2, count: 3780 },
        { depth: 3, count: 7560 },
      ],
      palette,
    );
    expect(option.xAxis).toMatchObject({ data: ['Level 1', 'Level 2', 'Level 3'] });
    const [bars] = option.series as [{ data: number[]; label: { formatter: (p: unknown) => string } }];
    expect(bars.data).toEqual([60, 3780, 7560]);
    expect(bars.label.formatter({ value: 3780 })).toBe('3,780');
  });
});

describe('templatesOption', () => {
  it('puts the most common template on top and names elements without a template', () => {
    const option = templatesOption(
      [
        { templateName: 'ProcessUnit', count: 16 },
        { templateName: 'Pump', count: 7 },
        { templateName: null, count: 2 },
      ],
      palette,
    );
    // Category axes draw bottom-up: the last entry is the top bar.
    expect(option.yAxis).toMatchObject({ data: ['(no template)', 'Pump', 'ProcessUnit'] });
    const [bars] = option.series as [{ data: { value: number; itemStyle: { color: string } }[] }];
    expect(bars.data.map((d) => d.value)).toEqual([2, 7, 16]);
    expect(bars.data.at(-1)?.itemStyle.color).toBe(palette.categories[0]);
  });
});
