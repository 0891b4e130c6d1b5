/**
 * The byte scanner against the reference path (JSON.parse, then decodeTimedValues) over
 * generated recorded bodies: whenever the scanner accepts a body it must land exactly the
 * reference's columns and page summary; where the reference rejects a body the scanner must
 * decline it; and bodies of the shapes PI writes must not be declined (the fast path is used).
 */
import { describe, expect, it } from 'vitest';
import { decodeTimedValues, newCursor } from '../decode-timed-values';
import { ValueColumnBuilder, type ValueColumns } from '../value-columns';
import { JsonBytes, ScanDeclined } from './json-bytes';
import { scanRecordedEnvelope } from './scan-recorded-envelope';
import { scanTimedValues, type PageSummary } from './scan-timed-values';

/** Deterministic PRNG (mulberry32), so a failure reproduces. */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

type Rand = () => number;
const pick = <T>(r: Rand, list: readonly T[]): T => list[Math.floor(r() * list.length)]!;

const NUMBER_TEXTS = ['0', '-0', '1', '-1', '47.316', '-0.5', '0.000123', '123456789012345', '1234567890123456789', '0.1', '2.5e3', '1E-7', '-9.87e+21', '1e300', '5e-324', '3.141592653589793', '100', '12.30'];

function timestamp(r: Rand, second: number): string {
  const base = new Date(Date.UTC(2024, 0, 1, 0, 0, second)).toISOString().slice(0, 19);
  const form = r();
  if (form < 0.7) return `${base}Z`;
  if (form < 0.9) return `${base}.${String(Math.floor(r() * 1e7)).padStart(7, '0').slice(0, 1 + Math.floor(r() * 7))}Z`;
  if (form < 0.95) return `${base}+00:00`; // not a PI output timestamp: both paths reject it
  return `${base}.12345678Z`; // 8 fraction digits: rejected
}

function value(r: Rand): string {
  const kind = r();
  if (kind < 0.55) return pick(r, NUMBER_TEXTS);
  if (kind < 0.65) return String((r() - 0.5) * 10 ** Math.floor(r() * 30 - 10));
  if (kind < 0.72) return pick(r, ['true', 'false', 'null', '"text"', '"esc\\"aped"', '[1,2]']);
  if (kind < 0.9) return JSON.stringify({ Name: pick(r, ['I/O Timeout', 'Bad Input', 'Running', 'Ä°']), Value: Math.floor(r() * 300), IsSystem: r() < 0.5 });
  return JSON.stringify({ Errors: ['bad'] });
}

/** One item as JSON text, members in a random order with random spacing; sometimes malformed on purpose. */
function itemText(r: Rand, second: number, lean: boolean): string {
  const members: [string, string][] = [
    ['Timestamp', JSON.stringify(timestamp(r, second))],
    ['Value', value(r)],
  ];
  if (!lean && r() < 0.8) members.push(['UnitsAbbreviation', JSON.stringify(pick(r, ['degC', 'm³/h', 'a\\b', '']))]);
  for (const flag of ['Good', 'Questionable', 'Substituted', 'Annotated']) if (r() < 0.85) members.push([flag, r() < 0.8 ? String(r() < 0.5) : pick(r, ['null', '1', '"true"'])]);
  const rare = r();
  if (rare < 0.03) members.push(['Errors', JSON.stringify([{ FieldName: 'Value', Message: ['x'] }])]);
  else if (rare < 0.06) members.push(['WebException', r() < 0.5 ? 'null' : '{"StatusCode":500,"Errors":["e"]}']);
  else if (rare < 0.1) members.push(['Extra', '{"nested":[1,{"a":"}"}]}']);
  else if (rare < 0.11) members.splice(0, 1); // no Timestamp
  if (r() < 0.3) members.sort(() => r() - 0.5);
  const space = () => (r() < 0.9 ? '' : pick(r, [' ', '\n', '\t ', '\r\n']));
  return `{${members.map(([k, v]) => `${space()}"${k}"${space()}:${space()}${v}${space()}`).join(',')}}`;
}

function bodyText(r: Rand, lean: boolean): string {
  const n = Math.floor(r() * 12);
  const items: string[] = [];
  let second = 0;
  for (let i = 0; i < n; i++) {
    if (r() < 0.7) second += 1 + Math.floor(r() * 90); // else: the same timestamp again
    items.push(itemText(r, second, lean));
  }
  const head = r() < 0.5 ? '"Links":{},' : '';
  const tail = r() < 0.5 ? ',"UnitsAbbreviation":"degC"' : '';
  return `{${head}"Items":[${items.join(',')}]${tail}}`;
}

function referenceRead(text: string, skip: number): { columns: ValueColumns; summary: PageSummary } | null {
  const items = (JSON.parse(text) as { Items: { Timestamp: string }[] }).Items;
  const out = new ValueColumnBuilder(4);
  const decoded = decodeTimedValues(items, 9, newCursor(), out, skip);
  if (!decoded.ok) return null;
  const last = items.length > 0 ? items[items.length - 1]!.Timestamp : null;
  let atLast = 0;
  for (let i = items.length - 1; i >= 0 && items[i]!.Timestamp === last; i--) atLast++;
  return { columns: out.take(), summary: { count: items.length, appended: decoded.value, lastTimestamp: last, atLast } };
}

function scannerRead(text: string, skip: number): { columns: ValueColumns; summary: PageSummary } | ScanDeclined {
  const out = new ValueColumnBuilder(4);
  try {
    const jb = new JsonBytes(Buffer.from(text, 'utf8'));
    const summary = scanRecordedEnvelope(jb, { tagKey: 9, cursor: newCursor(), out, skip });
    jb.finish();
    return { columns: out.take(), summary };
  } catch (thrown) {
    if (thrown instanceof ScanDeclined) return thrown;
    throw thrown;
  }
}

const columnsAsLists = (c: ValueColumns) => ({
  tagKey: [...c.tagKey],
  tsMs: [...c.tsMs],
  seq: [...c.seq],
  value: [...c.value],
  state: c.state,
  flags: [...c.flags],
});

describe('scanTimedValues against JSON.parse and decodeTimedValues', () => {
  it.each([
    ['full values', false, 1],
    ['selectedFields', true, 2],
  ])('lands identical columns over 4,000 generated %s bodies, and declines every body the reference rejects', (_label, lean, seed) => {
    const r = prng(seed);
    let accepted = 0;
    for (let n = 0; n < 4000; n++) {
      const text = bodyText(r, lean);
      const skip = r() < 0.2 ? Math.floor(r() * 3) : 0;
      const reference = referenceRead(text, skip);
      const scanned = scannerRead(text, skip);
      if (scanned instanceof ScanDeclined) continue;
      accepted++;
      expect(reference, `scanner accepted a body the reference rejects: ${text}`).not.toBeNull();
      // toEqual compares numbers with Object.is: -0, NaN and every bit of a double count.
      expect(columnsAsLists(scanned.columns), text).toEqual(columnsAsLists(reference!.columns));
      expect(scanned.summary, text).toEqual(reference!.summary);
    }
    expect(accepted).toBeGreaterThan(300);
  });

  it('does not decline bodies in the shapes PI writes', () => {
    const pi =
      '{"Links":{},"Items":[{"Timestamp":"2024-01-01T00:00:00Z","Value":47.316,"UnitsAbbreviation":"degC","Good":true,"Questionable":false,"Substituted":false,"Annotated":false},' +
      '{"Timestamp":"2024-01-01T00:00:00.5Z","Value":{"Name":"I/O Timeout","Value":246,"IsSystem":true},"UnitsAbbreviation":"degC","Good":false,"Questionable":false,"Substituted":false,"Annotated":false},' +
      '{"Timestamp":"2024-01-01T00:01:00Z","Value":-3,"Good":true,"Questionable":true,"Substituted":false,"Annotated":true}],"UnitsAbbreviation":"degC"}';
    const scanned = scannerRead(pi, 0);
    expect(scanned).not.toBeInstanceOf(ScanDeclined);
    expect(columnsAsLists((scanned as { columns: ValueColumns }).columns)).toEqual(columnsAsLists(referenceRead(pi, 0)!.columns));
  });

  it('reads every number as JSON.parse does', () => {
    const r = prng(3);
    const texts = [...NUMBER_TEXTS];
    for (let i = 0; i < 20_000; i++) {
      const digits = 1 + Math.floor(r() * 17);
      const mantissa = String(Math.floor(r() * 10 ** digits));
      const dot = Math.floor(r() * (mantissa.length + 1));
      const fraction = dot < mantissa.length ? `${mantissa.slice(0, dot) || '0'}.${mantissa.slice(dot)}` : mantissa;
      const exponent = r() < 0.2 ? `e${Math.floor(r() * 40 - 20)}` : '';
      texts.push(`${r() < 0.3 ? '-' : ''}${fraction}${exponent}`);
    }
    for (const text of texts) {
      const jb = new JsonBytes(Buffer.from(text));
      const reference: unknown = JSON.parse(text);
      expect(Object.is(jb.number(), reference), text).toBe(true);
    }
  });

  it('declines every truncation of a body instead of reading past its end', () => {
    const body =
      '{"Items":[{"Timestamp":"2024-01-01T00:00:00Z","Value":47.316,"Good":true,"Questionable":false},' +
      '{"Timestamp":"2024-01-01T00:01:00.25Z","Value":{"Name":"Bad","Value":1},"UnitsAbbreviation":"m","Substituted":true,"Annotated":false}]}';
    for (let cut = 0; cut < body.length; cut++) {
      const out = new ValueColumnBuilder();
      expect(() => {
        const jb = new JsonBytes(Buffer.from(body.slice(0, cut)));
        scanRecordedEnvelope(jb, { tagKey: 1, cursor: newCursor(), out, skip: 0 });
        jb.finish();
      }, `cut at ${cut}`).toThrow(ScanDeclined);
    }
  });

  it('declines an Items array cut short by the reader end, though the bytes after it would complete it', () => {
    // As a batch answer's Content is read: a reader over part of a larger buffer. The bytes past
    // the reader's end complete a valid array, so only a scanner that stops at the reader's end
    // (not the buffer's) declines every cut.
    const items =
      '[{"Timestamp":"2024-01-01T00:00:00Z","Value":47316,"Good":true,"Questionable":false},' +
      '{"Timestamp":"2024-01-01T00:01:00Z","Value":true,"Substituted":true,"Annotated":false}, {"Timestamp":"2024-01-01T00:02:00Z","Value":-1.5}]';
    const buf = Buffer.from(`${items},"next member":1}`);
    const scan = (end: number) => {
      const jb = new JsonBytes(buf, 0, end);
      return scanTimedValues(jb, { tagKey: 1, cursor: newCursor(), out: new ValueColumnBuilder(), skip: 0 });
    };
    expect(scan(items.length).count).toBe(3);
    for (let cut = 0; cut < items.length; cut++) expect(() => scan(cut), `end at ${cut}: ${items.slice(0, cut)}`).toThrow(ScanDeclined);
  });

  it.each(['01', '1.', '.5', '-', '1e', '+1', '1.5.3', 'NaN', '0x10'])('declines %s, which is not a JSON number', (text) => {
    expect(() => {
      const jb = new JsonBytes(Buffer.from(`{"Items":[{"Timestamp":"2024-01-01T00:00:00Z","Value":${text}}]}`));
      scanRecordedEnvelope(jb, { tagKey: 1, cursor: newCursor(), out: new ValueColumnBuilder(), skip: 0 });
      jb.finish();
    }).toThrow(ScanDeclined);
  });
});
