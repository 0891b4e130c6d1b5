/** Tests write values as readable tuples; landing takes columns. */
import type { ValueColumns } from '../../landing';

/** [tagKey, tsMs, seq, value (NaN for a state), state, flags] */
export type ValueTuple = readonly [number, number, number, number, string | null, number];

export function columnsFromRows(rows: readonly ValueTuple[]): ValueColumns {
  const n = rows.length;
  const c: ValueColumns = {
    length: n,
    tagKey: new Int32Array(n),
    tsMs: new Float64Array(n),
    seq: new Uint8Array(n),
    value: new Float64Array(n),
    state: new Array<string | null>(n).fill(null),
    flags: new Uint8Array(n),
  };
  rows.forEach(([tagKey, tsMs, seq, value, state, flags], i) => {
    c.tagKey[i] = tagKey;
    c.tsMs[i] = tsMs;
    c.seq[i] = seq;
    c.value[i] = value;
    c.state[i] = state;
    c.flags[i] = flags;
  });
  return c;
}

/** `count` values of one tag on a grid from `startMs`, every `stepMs`, value = index, flag good. */
export function gridRows(tagKey: number, startMs: number, stepMs: number, count: number): ValueTuple[] {
  return Array.from({ length: count }, (_, i) => [tagKey, startMs + i * stepMs, 0, i, null, 1] as const);
}
