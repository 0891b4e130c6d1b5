/**
 * Case folding of the wildcard matcher, one UTF-16 code unit at a time. It reproduces what the
 * previous implementation (a RegExp with the `i` flag, no `u`) did, so that filters match exactly
 * the names they matched before: ECMAScript's Canonicalize upper-cases a unit unless that gives
 * several units or turns a non-ASCII unit into an ASCII one (so `ſ` does not match `s`).
 */

let canonicalTable: Uint16Array | null = null;
let foldClasses: Map<number, number[]> | null = null;

function canonicalizeSlow(unit: number): number {
  const upper = String.fromCharCode(unit).toUpperCase();
  if (upper.length !== 1) return unit;
  const folded = upper.charCodeAt(0);
  return unit >= 128 && folded < 128 ? unit : folded;
}

/** Built on first use of a non-ASCII unit (~65k upper-casings, a few ms, once per process). */
function table(): Uint16Array {
  if (canonicalTable === null) {
    canonicalTable = new Uint16Array(0x10000);
    for (let unit = 0; unit < 0x10000; unit++) canonicalTable[unit] = canonicalizeSlow(unit);
  }
  return canonicalTable;
}

/** The unit both cases of a letter fold to (`a` and `A` -> `A`). */
export function canonicalUnit(unit: number): number {
  if (unit < 128) return unit >= 97 && unit <= 122 ? unit - 32 : unit;
  return table()[unit] ?? unit;
}

/**
 * Every unit that folds to `canonical` (`A` -> [A, a]): a range in a set matches a name's unit when
 * any of these lies inside it, as `[a-z]` with the `i` flag also matches `Q`.
 */
export function unitsFoldingTo(canonical: number): readonly number[] {
  if (canonical < 128) return canonical >= 65 && canonical <= 90 ? [canonical, canonical + 32] : [canonical];
  if (foldClasses === null) {
    const classes = new Map<number, number[]>();
    const canon = table();
    for (let unit = 128; unit < 0x10000; unit++) {
      const c = canon[unit] ?? unit;
      const members = classes.get(c);
      if (members) members.push(unit);
      else classes.set(c, [unit]);
    }
    foldClasses = classes;
  }
  return foldClasses.get(canonical) ?? [canonical];
}
