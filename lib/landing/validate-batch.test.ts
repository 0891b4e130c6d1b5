import { describe, expect, it } from 'vitest';
import { columnsFromRows, type ValueTuple } from '../bronze/test-support/columns-from-rows';
import type { TagWindow } from './types';
import { validateBatch } from './validate-batch';
import { closedWindow } from './types';

const W: TagWindow[] = [
  closedWindow(1, 0, 100),
  closedWindow(2, 50, 60),
];

describe('validateBatch', () => {
  it('counts rows per window and spans all windows', () => {
    const rows: ValueTuple[] = [
      [1, 0, 0, 1, null, 1],
      [1, 10, 0, 1, null, 1],
      [1, 10, 1, 1, null, 1],
      [2, 60, 0, 1, null, 1],
    ];
    const checked = validateBatch(columnsFromRows(rows), W);
    expect([...checked.insertedPerWindow]).toEqual([3, 1]);
    expect(checked.minStartMs).toBe(0);
    expect(checked.maxEndMs).toBe(100);
  });

  it.each<[string, ValueTuple[], TagWindow[], string]>([
    ['a row outside its window', [[2, 61, 0, 1, null, 1]], W, 'row 0: ts 61 of tag 2 is outside its window [50..60]'],
    ['a tag without a window', [[3, 0, 0, 1, null, 1]], W, 'row 0: tag 3 has no window in this batch'],
    ['flags beyond the four quality bits', [[1, 0, 0, 1, null, 16]], W, 'row 0: flags 16 of tag 1 set bits beyond the four quality flags'],
    ['descending timestamps', [[1, 10, 0, 1, null, 1], [1, 5, 0, 1, null, 1]], W, 'row 1: tag 1 is not ascending by (ts, seq) at 5/0'],
    ['a repeated (ts, seq)', [[1, 10, 0, 1, null, 1], [1, 10, 0, 2, null, 1]], W, 'row 1: tag 1 is not ascending by (ts, seq) at 10/0'],
    ['a tag split in two runs', [[1, 0, 0, 1, null, 1], [2, 50, 0, 1, null, 1], [1, 20, 0, 1, null, 1]], W, 'rows of tag 1 are not contiguous (row 2)'],
    ['two windows for one tag', [], [W[0]!, W[0]!], 'tag 1 has more than one window in one batch'],
    ['a window ending before it starts', [], [closedWindow(1, 5, 4)], 'window of tag 1 is not a finite start <= end: 5..4'],
    ['a NaN timestamp', [[1, Number.NaN, 0, 1, null, 1]], W, 'row 0: ts NaN of tag 1 is outside its window [0..100]'],
  ])('throws on %s', (_label, rows, windows, message) => {
    expect(() => validateBatch(columnsFromRows(rows), windows)).toThrow(message);
  });

  it('throws when a column holds fewer items than length', () => {
    const columns = { ...columnsFromRows([[1, 0, 0, 1, null, 1]]), state: [] };
    expect(() => validateBatch(columns, W)).toThrow('ValueColumns.state holds 0 items, fewer than length 1');
  });
});
