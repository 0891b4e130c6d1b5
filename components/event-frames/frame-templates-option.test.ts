import { describe, expect, it } from 'vitest';
import { paletteFor } from '../charts/chart-palette';
import { frameTemplatesOption } from './frame-templates-option';

describe('frameTemplatesOption', () => {
  const palette = paletteFor('dark');
  const option = frameTemplatesOption(
    [
      { templateName: 'BatchRun', count: 845, inProgress: 245 },
      { templateName: 'Alarm', count: 654, inProgress: 190 },
      { templateName: null, count: 3, inProgress: 0 },
    ],
    palette,
  );
  const series = option.series as [
    { name: string; stack: string; data: number[] },
    { name: string; stack: string; data: number[]; label: { formatter: (p: unknown) => string } },
  ];

  it('stacks ended under in-progress frames per template', () => {
    expect(option.xAxis).toMatchObject({ data: ['BatchRun', 'Alarm', '(no template)'] });
    expect(series.map((s) => [s.name, s.stack, s.data])).toEqual([
      ['Ended', 'frames', [600, 464, 3]],
      ['In progress', 'frames', [245, 190, 0]],
    ]);
  });

  it('labels the stack with the total, not the in-progress part', () => {
    expect(series[1].label.formatter({ dataIndex: 0 })).toBe('845');
  });
});
