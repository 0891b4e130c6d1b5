import type { ValueColumns } from './types';

/**
 * Zeroed columns for `length` rows, every state null: the one place the column layout is
 * allocated, so a column added to ValueColumns is added to every batch that gets built.
 */
export function allocateValueColumns(length: number): ValueColumns {
  return {
    length,
    tagKey: new Int32Array(length),
    tsMs: new Float64Array(length),
    seq: new Uint8Array(length),
    value: new Float64Array(length),
    state: new Array<string | null>(length).fill(null),
    flags: new Uint8Array(length),
  };
}
