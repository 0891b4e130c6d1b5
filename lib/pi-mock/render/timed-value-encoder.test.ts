import { describe, expect, it } from 'vitest';
import { formatPiTimestamp } from '../../pi-contract/pi-time';
import { parseSelectedFields, projectFields, type FieldTree } from '../http/selected-fields';
import { FLAG_BAD, FLAG_QUESTIONABLE, FLAG_SUBSTITUTED, STATE_IO_TIMEOUT } from '../signal/quality';
import { ByteWriter } from './byte-writer';
import { piValueJson, type PointValue } from './point-value';
import { child } from './selection';
import { EncoderCache } from './timed-value-encoder';

const STEP = 60;
const K = 28_401_120; // 2024-01-01T00:00:00Z / 60 s

function objectOf(pv: PointValue, units: string): Record<string, unknown> {
  return {
    Timestamp: formatPiTimestamp(pv.timeMs),
    Value: piValueJson(pv.value),
    UnitsAbbreviation: units,
    Good: typeof pv.value !== 'object',
    Questionable: (pv.flags & FLAG_QUESTIONABLE) !== 0,
    Substituted: (pv.flags & FLAG_SUBSTITUTED) !== 0,
    Annotated: false,
  };
}

/** Renders a value list the fast way under selection `sel` of the list items. */
function render(tree: FieldTree | null, write: (enc: ReturnType<EncoderCache['forUnits']>, w: ByteWriter) => void): unknown {
  const itemSel = child(tree, 'Items');
  const w = new ByteWriter(64);
  w.raw('{');
  if (itemSel !== undefined) {
    w.raw('"Items":[');
    write(new EncoderCache(itemSel, STEP).forUnits('degC'), w);
    w.raw(']');
  }
  w.raw('}');
  return JSON.parse(w.finish().toString('utf8'));
}

const SELECTIONS = [
  undefined,
  'Items.Timestamp;Items.Value;Items.Good',
  'Items.Value',
  'Items.Good;Items.Annotated',
  'Items.Timestamp',
  'Items.UnitsAbbreviation;Items.Substituted',
  'Items.Value.Name',
  'Items',
  'Nothing.Here',
  'items.timestamp;ITEMS.VALUE',
  ';',
];

describe('TimedValueEncoder', () => {
  const values: PointValue[] = [
    { timeMs: K * STEP * 1000, value: 47.316, flags: 0 },
    { timeMs: (K + 1) * STEP * 1000, value: 47.3, flags: FLAG_QUESTIONABLE },
    { timeMs: (K + 2) * STEP * 1000, value: STATE_IO_TIMEOUT, flags: FLAG_BAD },
    { timeMs: (K + 3) * STEP * 1000, value: 12, flags: FLAG_SUBSTITUTED },
    { timeMs: (K + 3) * STEP * 1000 + 500, value: 'text', flags: 0 },
  ];
  const scaled = [47316, 47300, 0, 12000];

  for (const selectedFields of SELECTIONS) {
    it(`renders like projectFields with selectedFields=${selectedFields ?? '(none)'}`, () => {
      const tree = parseSelectedFields(selectedFields);
      const expected = projectFields({ Items: values.map((v) => objectOf(v, 'degC')) }, tree);
      const generic = render(tree, (enc, w) =>
        values.forEach((pv, i) => {
          if (i > 0) w.comma();
          enc.write(w, pv);
        }),
      );
      expect(generic).toEqual(expected);
      const grid = render(tree, (enc, w) => {
        enc.cover(K, K + 3);
        for (let i = 0; i < 4; i++) {
          if (i > 0) w.comma();
          const pv = values[i]!;
          if (pv.flags === FLAG_BAD) enc.writeState(w, K + i, STATE_IO_TIMEOUT);
          else enc.writeScaled(w, K + i, scaled[i]!, 3, pv.flags);
        }
      });
      expect(grid).toEqual(projectFields({ Items: values.slice(0, 4).map((v) => objectOf(v, 'degC')) }, tree));
    });
  }

  it('writes the fields in PI order', () => {
    const w = new ByteWriter(64);
    new EncoderCache(null, STEP).forUnits('degC').writeScaled(w, K, 47316, 3, FLAG_QUESTIONABLE);
    expect(w.finish().toString()).toBe(
      '{"Timestamp":"2024-01-01T00:00:00Z","Value":47.316,"UnitsAbbreviation":"degC","Good":true,"Questionable":true,"Substituted":false,"Annotated":false}',
    );
  });
});
