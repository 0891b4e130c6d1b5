/**
 * PI Query String wildcards (contract §3.1) compiled for match-wildcard.ts: `*` any run, `?` one
 * character, `[abc]` / `[a-z]` / `[!abc]` sets, `\` escapes the next character. No regular
 * expression is built from the filter: a backtracking RegExp made `*?*?*?*?*?*?*?*?*?*?*!` cost
 * ~165 ms per name (issue 11, item 4).
 */
import { err, ok, type Result } from '../../result';
import { canonicalUnit } from './case-fold';

/** Longer filters are refused: PI names are far shorter, and the bound caps matching at (n+1) x 257 steps. */
export const MAX_WILDCARD_LENGTH = 256;

/** Token codes: a unit (>= 0, already case-folded), `*`, `?`, or set k as -3 - k. */
export const STAR = -1;
export const ANY = -2;

export interface WildcardSet {
  negate: boolean;
  /** Case-folded single units. */
  singles: ReadonlySet<number>;
  /** [low, high] as written; matched against every unit folding like the name's. */
  ranges: readonly (readonly [number, number])[];
}

export interface WildcardPattern {
  /** One code per token; consecutive stars are merged into one. */
  codes: Int32Array;
  sets: readonly WildcardSet[];
}

export type WildcardError =
  | { kind: 'too-long'; length: number; maxLength: number }
  /** A set range whose ends are in the wrong order, e.g. `[z-a]`. */
  | { kind: 'reversed-range'; range: string };

/**
 * A set's body (between `[` or `[!` and the first `]`): single units and `a-z` ranges. A `-` at
 * either end is literal and `\` is an ordinary unit here, as in the RegExp this replaces.
 */
function parseSetBody(body: string, negate: boolean): Result<WildcardSet, WildcardError> {
  const singles = new Set<number>();
  const ranges: [number, number][] = [];
  let j = 0;
  while (j < body.length) {
    const low = body.charCodeAt(j);
    if (j + 2 < body.length && body.charCodeAt(j + 1) === 0x2d /* - */) {
      const high = body.charCodeAt(j + 2);
      if (high < low) return err({ kind: 'reversed-range', range: body.slice(j, j + 3) });
      ranges.push([low, high]);
      j += 3;
    } else {
      singles.add(canonicalUnit(low));
      j += 1;
    }
  }
  return ok({ negate, singles, ranges });
}

export function parseWildcard(filter: string): Result<WildcardPattern, WildcardError> {
  if (filter.length > MAX_WILDCARD_LENGTH) return err({ kind: 'too-long', length: filter.length, maxLength: MAX_WILDCARD_LENGTH });
  const codes: number[] = [];
  const sets: WildcardSet[] = [];
  for (let i = 0; i < filter.length; i++) {
    const c = filter[i];
    if (c === '\\' && i + 1 < filter.length) {
      codes.push(canonicalUnit(filter.charCodeAt(++i)));
    } else if (c === '*') {
      if (codes.at(-1) !== STAR) codes.push(STAR);
    } else if (c === '?') {
      codes.push(ANY);
    } else if (c === '[' && filter.indexOf(']', i + 1) !== -1) {
      const close = filter.indexOf(']', i + 1);
      const negate = filter[i + 1] === '!';
      const set = parseSetBody(filter.slice(i + (negate ? 2 : 1), close), negate);
      if (!set.ok) return set;
      codes.push(-3 - sets.length);
      sets.push(set.value);
      i = close;
    } else {
      // Includes a `[` with no `]` after it and a trailing `\`: both stand for themselves.
      codes.push(canonicalUnit(filter.charCodeAt(i)));
    }
  }
  return ok({ codes: Int32Array.from(codes), sets });
}
