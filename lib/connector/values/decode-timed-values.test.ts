import { describe, expect, it } from 'vitest';
import { timedValue } from '../../pi-contract';
import { decodeTimedValues, newCursor } from './decode-timed-values';
import { FLAG_ANNOTATED, FLAG_GOOD, FLAG_QUESTIONABLE, FLAG_SUBSTITUTED, ValueColumnBuilder } from './value-columns';

const T = '2024-01-01T00:00:00Z';
const samples: unknown[] = [
  { Timestamp: T, Value: 12.5, UnitsAbbreviation: 'degC', Good: true, Questionable: false, Substituted: false, Annotated: false },
  { Timestamp: T, Value: 3 },
  { Timestamp: '2024-01-01T00:00:00.1234567Z', Value: -1e-9, Good: true, Questionable: true },
  { Timestamp: T, Value: { Name: 'I/O Timeout', Value: 246, IsSystem: true }, Good: false },
  { Timestamp: T, Value: { Name: 'Running', Value: 2, IsSystem: false }, Good: true },
  { Timestamp: T, Value: true, Substituted: true, Annotated: true },
  { Timestamp: T, Value: 'text' },
  { Timestamp: T, Value: { Errors: ['bad'] }, Good: false },
  { Timestamp: T, Value: 1, Errors: [{ FieldName: 'Value', Message: ['clamped'] }] },
  { Timestamp: T, Value: 1, WebException: null },
  // rejected by the schema:
  { Value: 1 },
  { Timestamp: '2024-01-01 00:00:00', Value: 1 },
  { Timestamp: 5, Value: 1 },
  { Timestamp: T, Value: 1, Good: 'yes' },
  { Timestamp: T, Value: 1, UnitsAbbreviation: 3 },
  { Timestamp: T, Value: 1, Errors: 'oops' },
  { Timestamp: T, Value: 1, WebException: { StatusCode: 'x' } },
  null,
  'string item',
];

function decodeOne(item: unknown) {
  const out = new ValueColumnBuilder(2);
  const res = decodeTimedValues([item], 7, newCursor(), out);
  return { res, cols: out.take() };
}

const G = FLAG_GOOD;
const Q = FLAG_QUESTIONABLE;
const S = FLAG_SUBSTITUTED;
const A = FLAG_ANNOTATED;

/** What each accepted sample lands: PI's mapping of Value (a state's name, a digital code, booleans as 1/0) and of the flags. */
const landed: [item: unknown, tsMs: number, value: number | null, state: string | null, flags: number][] = [
  [samples[0], Date.parse(T), 12.5, null, G],
  [samples[1], Date.parse(T), 3, null, G],
  [samples[2], Date.parse('2024-01-01T00:00:00.123Z'), -1e-9, null, G | Q],
  [samples[3], Date.parse(T), null, 'I/O Timeout', 0],
  [samples[4], Date.parse(T), 2, 'Running', G],
  [samples[5], Date.parse(T), 1, null, G | S | A],
  [samples[6], Date.parse(T), null, null, G],
  [samples[7], Date.parse(T), null, null, 0],
  [samples[8], Date.parse(T), 1, null, G],
  [samples[9], Date.parse(T), 1, null, G],
  [{ Timestamp: T, Value: false, Good: true, Questionable: true, Annotated: true }, Date.parse(T), 0, null, G | Q | A],
  [{ Timestamp: T, Value: null, Substituted: true }, Date.parse(T), null, null, G | S],
];

describe('decodeTimedValues', () => {
  it.each(samples.map((s, i) => [i, s]))('accepts and rejects sample %i as the timedValue schema does', (_i, item) => {
    expect(decodeOne(item).res.ok).toBe(timedValue.safeParse(item).success);
  });

  it.each(landed.map((row, i) => [i, ...row] as const))('lands accepted item %i as PI means it', (_i, item, tsMs, value, state, flags) => {
    const { res, cols } = decodeOne(item);
    expect(res.ok).toBe(true);
    expect(cols.tagKey[0]).toBe(7);
    expect(cols.tsMs[0]).toBe(tsMs);
    expect(Number.isNaN(cols.value[0]!) ? null : cols.value[0]).toBe(value);
    expect(cols.state[0] ?? null).toBe(state);
    expect(cols.flags[0]).toBe(flags);
  });

  it('names the bad item in the issue', () => {
    const res = decodeTimedValues([{ Timestamp: T, Value: 1 }, { Value: 2 }], 1, newCursor(), new ValueColumnBuilder());
    expect(res.ok).toBe(false);
    if (!res.ok) expect(res.error).toContain('Items[1]');
  });

  it('numbers values sharing a timestamp across pages, after skipping the ones already held', () => {
    const cursor = newCursor();
    const out = new ValueColumnBuilder(1);
    const a = { Timestamp: T, Value: 1 };
    const b = { Timestamp: T, Value: 2 };
    const c = { Timestamp: '2024-01-01T00:01:00Z', Value: 3 };
    expect(decodeTimedValues([c], 1, newCursor(), new ValueColumnBuilder()).ok).toBe(true);
    expect(decodeTimedValues([a], 1, cursor, out)).toEqual({ ok: true, value: 1 });
    // next page starts at T again and repeats `a`: skip it, `b` is the second value at T
    expect(decodeTimedValues([a, b, c], 1, cursor, out, 1)).toEqual({ ok: true, value: 2 });
    const cols = out.take();
    expect([...cols.seq]).toEqual([0, 1, 0]);
    expect([...cols.value]).toEqual([1, 2, 3]);
  });
});
