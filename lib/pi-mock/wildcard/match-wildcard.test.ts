import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { matchWildcard, type StepMeter } from './match-wildcard';
import { MAX_WILDCARD_LENGTH, parseWildcard, type WildcardPattern } from './parse-wildcard';

function pattern(filter: string): WildcardPattern {
  const parsed = parseWildcard(filter);
  if (!parsed.ok) throw new Error(`test pattern ${filter} did not parse: ${parsed.error.kind}`);
  return parsed.value;
}

function steps(filter: string, name: string): { matched: boolean; steps: number } {
  const meter: StepMeter = { steps: 0 };
  const matched = matchWildcard(pattern(filter), name, meter);
  return { matched, steps: meter.steps };
}

/**
 * The matcher this module replaced, kept as the reference: a RegExp built from the filter. Only
 * safe on short inputs (it backtracks exponentially on `*?*?...`, issue 11 item 4).
 */
function legacyRegExp(filter: string): RegExp {
  const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\/-]/g, '\\$&');
  let source = '^';
  for (let i = 0; i < filter.length; i++) {
    const c = filter.charAt(i);
    if (c === '\\' && i + 1 < filter.length) source += escape(filter.charAt(++i));
    else if (c === '*') source += '.*';
    else if (c === '?') source += '.';
    else if (c === '[') {
      const close = filter.indexOf(']', i + 1);
      if (close === -1) {
        source += '\\[';
        continue;
      }
      let body = filter.slice(i + 1, close);
      const negate = body.startsWith('!');
      if (negate) body = body.slice(1);
      source += `[${negate ? '^' : ''}${body.replace(/[\\\]^]/g, '\\$&')}]`;
      i = close;
    } else source += escape(c);
  }
  return new RegExp(source + '$', 'is');
}

describe('matchWildcard', () => {
  it.each([
    ['Sydney*', 'SYDNEY_Unit01_Flow', true],
    ['Sydney*', 'Perth_Unit01_Flow', false],
    ['*_Unit0?_Flow', 'Perth_Unit07_Flow', true],
    ['*_Unit0?_Flow', 'Perth_Unit17_Flow', false],
    ['*[PT]emperature', 'X_temperature', true],
    ['*[!T]emperature', 'X_Temperature', false],
    ['Unit[0-9][0-9]', 'unit42', true],
    ['Unit[0-9][0-9]', 'UnitA2', false],
    ['[a-c]x', 'Bx', true],
    ['[!a-c]x', 'Bx', false],
    ['[a-]', '-', true],
    ['[]', 'x', false],
    ['[!]', 'x', true],
    ['[abc', '[abc', true],
    ['a\\*b', 'a*b', true],
    ['a\\*b', 'axxb', false],
    ['a\\?b', 'axb', false],
    ['a\\', 'a\\', true],
    ['*', '', true],
    ['?', '', false],
    ['a**b', 'ab', true],
    ['*a*', 'bab', true],
    ['*ab', 'aab', true],
    ['*a*b*c', 'xaxbxcxc', true],
    ['*a*b*c', 'xaxbxcx', false],
    // As the RegExp `i` flag: a non-ASCII unit never folds onto an ASCII one.
    ['s*', '\u017Fx', false],
    ['\u00B5', '\u039C', true],
  ])('%j matches %j: %s', (filter, name, expected) => {
    expect(matchWildcard(pattern(filter), name)).toBe(expected);
  });

  it('refuses a filter over the length bound and a reversed range', () => {
    expect(parseWildcard('a'.repeat(MAX_WILDCARD_LENGTH + 1))).toEqual({
      ok: false,
      error: { kind: 'too-long', length: MAX_WILDCARD_LENGTH + 1, maxLength: MAX_WILDCARD_LENGTH },
    });
    expect(parseWildcard('x[z-a]')).toEqual({ ok: false, error: { kind: 'reversed-range', range: 'z-a' } });
    expect(parseWildcard('a'.repeat(MAX_WILDCARD_LENGTH)).ok).toBe(true);
  });

  // Issue 11 item 4: these filters kept a backtracking RegExp busy for seconds per name.
  it.each([
    ['*?*?*?*?*?*?*?*?*?*?*!', 'Sydney_Unit01_Temperature'.repeat(10), false],
    ['*a*a*a*a*a*a*a*a*a*a*b', 'a'.repeat(250), false],
    ['*a*a*a*a*a*a*a*a*b', 'a'.repeat(250), false],
    ['*' + 'a'.repeat(127) + 'b', 'a'.repeat(250), false],
    ['*?'.repeat(128), 'x'.repeat(250), true],
  ])('matches pathological filter %# within (n+1)(m+1) steps', (filter, name, expected) => {
    const tokens = pattern(filter).codes.length;
    const result = steps(filter, name);
    expect(result.matched).toBe(expected);
    expect(result.steps).toBeLessThanOrEqual((name.length + 1) * (tokens + 1));
  });

  it('takes steps linear in the name for a typical filter', () => {
    const name = 'Sydney_Unit01_Temperature';
    expect(steps('*_Unit0?_Temperature', name).steps).toBeLessThanOrEqual(2 * name.length);
    expect(steps('Sydney*', name).steps).toBeLessThanOrEqual(name.length + 1);
  });

  it('agrees with the RegExp it replaced on random short filters and names (seeded)', () => {
    // Wildcard syntax, both cases, and units whose folding the `i` flag treats specially.
    const units = ['a', 'A', 'b', 'z', '-', '!', '*', '?', '[', ']', '\\', '^', 'k', '\u212A', '\u017F', 's', '\u00B5', '\u039C', '\u00DF'];
    const unit = fc.constantFrom(...units);
    fc.assert(
      fc.property(fc.array(unit, { maxLength: 10 }), fc.array(unit, { maxLength: 12 }), (filterUnits, nameUnits) => {
        const filter = filterUnits.join('');
        const name = nameUnits.join('');
        let reference: RegExp;
        try {
          reference = legacyRegExp(filter);
        } catch {
          // The old code threw (a 500) on a reversed range; now it is a parse error (a 400).
          expect(parseWildcard(filter)).toMatchObject({ ok: false, error: { kind: 'reversed-range' } });
          return;
        }
        const parsed = parseWildcard(filter);
        expect(parsed.ok).toBe(true);
        if (!parsed.ok) return;
        const meter: StepMeter = { steps: 0 };
        expect(matchWildcard(parsed.value, name, meter)).toBe(reference.test(name));
        expect(meter.steps).toBeLessThanOrEqual((name.length + 1) * (parsed.value.codes.length + 1));
      }),
      { seed: 11_4, numRuns: 3000 },
    );
  });
});
