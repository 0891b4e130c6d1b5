import { describe, expect, it } from 'vitest';
import { timedValue, toTimedValue } from '../../pi-contract';
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

describe('decodeTimedValues', () => {
  it.each(samples.map((s, i) => [i, s]))('agrees with the timedValue schema and toTimedValue on sample %i', (_i, item) => {
    const schema = timedValue.safeParse(item);
    const { res, cols } = decodeOne(item);
    expect(res.ok).toBe(schema.success);
    if (!schema.success || !res.ok) return;
    const landed = toTimedValue(schema.data);
    expect(cols.tagKey[0]).toBe(7);
    expect(cols.tsMs[0]).toBe(Date.parse(landed.timestamp.replace(/(\.\d{3})\d+Z$/, '$1Z')));
    expect(Number.isNaN(cols.value[0]!) ? null : cols.value[0]).toBe(landed.value);
    expect(cols.state[0]).toBe(landed.state);
    expect(cols.flags[0]).toBe(
      (landed.good ? FLAG_GOOD : 0) | (landed.questionable ? FLAG_QUESTIONABLE : 0) | (landed.substituted ? FLAG_SUBSTITUTED : 0) | (landed.annotated ? FLAG_ANNOTATED : 0),
    );
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
