import { describe, expect, it } from 'vitest';
import { paletteFor } from './chart-palette';
import { fittedLabel, rowBarsOption, rowChartHeight, type RowBar } from './row-bars-option';
import { timeAxisPlan } from './value-axis';

const palette = paletteFor('light');
const projected: RowBar = {
  category: 'Sequential, all 30,240 tags',
  name: 'Sequential',
  value: 1_035,
  label: '≈ 17 min 15 s projected',
  shortLabel: '≈ 17 min 15 s',
  tooltip: '',
  itemStyle: { color: '#000' },
  labelColor: '#000',
};

describe('fittedLabel', () => {
  it('says it all when there is room, then the short form, then the short form alone', () => {
    expect(fittedLabel(projected, 600, 14)).toEqual({ name: 'Sequential', text: '≈ 17 min 15 s projected' });
    // 36 characters at ~8.7 px do not fit 270 px; "Sequential  ≈ 17 min 15 s" (25) does.
    expect(fittedLabel(projected, 270, 14)).toEqual({ name: 'Sequential', text: '≈ 17 min 15 s' });
    expect(fittedLabel(projected, 150, 14)).toEqual({ name: null, text: '≈ 17 min 15 s' });
  });
});

describe('rowBarsOption', () => {
  const bars: RowBar[] = [{ ...projected, category: 'Batch', name: undefined, value: 4.7, label: '4.7 s', shortLabel: undefined }, projected];
  const axis = timeAxisPlan([4.7, 1_035]);

  it('prints each row’s name and figure above its bar, and fits them to the drawing once its width is known', () => {
    const wide = rowBarsOption({ bars, axis, unit: 'seconds', palette });
    const narrow = rowBarsOption({ bars, axis, unit: 'seconds', palette, widthPx: 300 });
    const labels = (o: typeof wide) => (o.series as { data: { label: { formatter: string } }[] }[])[0]?.data.map((d) => d.label.formatter);
    expect(labels(wide)).toEqual(['{name|Batch}  4.7 s', '{name|Sequential}  ≈ 17 min 15 s projected']);
    expect(labels(narrow)).toEqual(['{name|Batch}  4.7 s', '{name|Sequential}  ≈ 17 min 15 s']);
  });

  it('starts bars at the log axis minimum and keeps a row’s worth of height per bar', () => {
    expect(rowBarsOption({ bars, axis, unit: 'seconds', palette }).xAxis).toMatchObject({ type: 'log', startValue: axis.min });
    expect(rowChartHeight(4, '250px')).toBe('max(250px, 278px)');
  });
});
