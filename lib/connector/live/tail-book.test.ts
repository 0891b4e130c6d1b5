import { describe, expect, it } from 'vitest';
import type { ValueColumns } from '../../landing';
import { TailBook } from './tail-book';

function cols(key: number, rows: Array<[ts: number, seq: number, value: number]>): ValueColumns {
  return {
    length: rows.length,
    tagKey: Int32Array.from(rows.map(() => key)),
    tsMs: Float64Array.from(rows.map((r) => r[0])),
    seq: Uint8Array.from(rows.map((r) => r[1])),
    value: Float64Array.from(rows.map((r) => r[2])),
    state: rows.map(() => null),
    flags: Uint8Array.from(rows.map(() => 1)),
  };
}

describe('TailBook', () => {
  const tags = [
    { key: 7, webId: 'A', name: 'a' },
    { key: 9, webId: 'B', name: 'b' },
  ];

  it('covers (covered end, newest received] per tag and drops what it already holds', () => {
    const book = new TailBook(tags);
    book.start(0, 1000, true);
    book.start(1, 500, false);
    expect(book.accept(0, cols(7, [[900, 0, 1], [1000, 0, 2], [2000, 0, 3], [2000, 1, 4]]))).toBe(2);
    expect(book.accept(0, cols(7, [[2000, 0, 3], [3000, 0, 5]]))).toBe(1);
    expect(book.accept(1, cols(9, [[500, 0, 6]]))).toBe(1);
    const drained = book.drain();
    expect(drained?.windows).toEqual([
      { tagKey: 7, startMs: 1000, startOpen: true, endMs: 3000, endOpen: false, coveredEndMs: 3000 },
      { tagKey: 9, startMs: 500, startOpen: false, endMs: 500, endOpen: false, coveredEndMs: 500 },
    ]);
    expect(Array.from(drained!.columns.tsMs)).toEqual([2000, 2000, 3000, 500]);
    expect(Array.from(drained!.columns.seq)).toEqual([0, 1, 0, 0]);
    expect(book.drain()).toBeNull();
    expect(book.cursor(0)).toEqual({ ms: 3000, open: true });
  });

  it('refuses a back-fill over values still pending (they would land twice)', () => {
    const book = new TailBook(tags);
    book.start(0, 0, true);
    book.accept(0, cols(7, [[1, 0, 1]]));
    expect(() => book.landedTo(0, 5)).toThrow(/pending/);
    book.drain();
    book.landedTo(0, 5);
    expect(book.cursor(0)).toEqual({ ms: 5, open: true });
    expect(book.accept(0, cols(7, [[5, 0, 1], [6, 0, 2]]))).toBe(1);
  });
});
