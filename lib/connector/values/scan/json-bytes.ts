/**
 * A cursor over the bytes of a JSON body, with the few primitives the value scanner needs. It
 * never guesses: whatever it does not read exactly as JSON.parse would (escapes in a key, a
 * number outside the exact fast path it cannot hand to Number, malformed syntax) throws
 * `ScanDeclined`, and the caller reads the whole body again through JSON.parse and the schemas,
 * which then produce the verdict and the error message.
 */

/** Thrown to give the body back to the reference path; cheap, since it carries no stack. */
export class ScanDeclined {
  constructor(readonly why: string) {}
}

const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const COMMA = 0x2c;
const COLON = 0x3a;
const MINUS = 0x2d;
const PLUS = 0x2b;
const DOT = 0x2e;
const ZERO = 0x30;
const NINE = 0x39;
const LOWER_E = 0x65;
const UPPER_E = 0x45;
const OPEN_BRACE = 0x7b;
const CLOSE_BRACE = 0x7d;
const OPEN_BRACKET = 0x5b;
const CLOSE_BRACKET = 0x5d;

/** 10^0 .. 10^22: every one is exact in a double, which the fast number path relies on. */
const POW10 = Array.from({ length: 23 }, (_, i) => Number(`1e${i}`));
/** Digits that always fit a double's 53-bit integer range exactly (10^15 < 2^53). */
const MAX_EXACT_DIGITS = 15;

export const isWhitespace = (b: number | undefined) => b === 0x20 || b === 0x0a || b === 0x0d || b === 0x09;

/** The first position from `p` on that is not JSON whitespace. */
export function skipWhitespaceAt(buf: Buffer, p: number): number {
  while (isWhitespace(buf[p])) p++;
  return p;
}

/** 1 for `true` at `buf[p]`, 0 for `false`, -1 for anything else. */
export function booleanAt(buf: Buffer, p: number): number {
  const b = buf[p];
  if (b === 0x74) return buf[p + 1] === 0x72 && buf[p + 2] === 0x75 && buf[p + 3] === 0x65 ? 1 : -1;
  if (b === 0x66) return buf[p + 1] === 0x61 && buf[p + 2] === 0x6c && buf[p + 3] === 0x73 && buf[p + 4] === 0x65 ? 0 : -1;
  return -1;
}

/** Where the last `numberAt` stopped: a second return value without an object per number. */
export const numberScan = { end: 0 };

/**
 * The JSON number at `buf[p]`, equal to what JSON.parse gives, or NaN (which no JSON number is)
 * when there is none or it is not one the scanner reads. Up to 15 significant digits with a
 * decimal exponent within ±22 are exact integers scaled by an exact power of ten, so one IEEE
 * division or product rounds correctly (Clinger's fast path); longer ones go to Number().
 */
export function numberAt(buf: Buffer, p: number, end: number): number {
  const start = p;
  const negative = p < end && buf[p] === MINUS;
  if (negative) p++;
  let mantissa = 0;
  const intStart = p;
  while (p < end && buf[p]! >= ZERO && buf[p]! <= NINE) {
    mantissa = mantissa * 10 + (buf[p]! - ZERO);
    p++;
  }
  const intDigits = p - intStart;
  if (intDigits === 0 || (intDigits > 1 && buf[intStart] === ZERO)) return Number.NaN;
  let digits = intDigits;
  let exponent = 0;
  if (p < end && buf[p] === DOT) {
    p++;
    const fracStart = p;
    while (p < end && buf[p]! >= ZERO && buf[p]! <= NINE) {
      mantissa = mantissa * 10 + (buf[p]! - ZERO);
      p++;
    }
    if (p === fracStart) return Number.NaN;
    digits += p - fracStart;
    exponent = fracStart - p;
  }
  if (p < end && (buf[p] === LOWER_E || buf[p] === UPPER_E)) {
    p++;
    const expNegative = p < end && buf[p] === MINUS;
    if (expNegative || (p < end && buf[p] === PLUS)) p++;
    const expStart = p;
    let e = 0;
    while (p < end && buf[p]! >= ZERO && buf[p]! <= NINE && p - expStart < 6) {
      e = e * 10 + (buf[p]! - ZERO);
      p++;
    }
    if (p === expStart || (p < end && buf[p]! >= ZERO && buf[p]! <= NINE)) return Number.NaN;
    exponent += expNegative ? -e : e;
  }
  numberScan.end = p;
  let value: number;
  // Leading zeros ("0.000123") add digits but not magnitude; they never hurt exactness.
  if (digits <= MAX_EXACT_DIGITS && exponent >= -22 && exponent <= 22) {
    value = exponent < 0 ? mantissa / POW10[-exponent]! : mantissa * POW10[exponent]!;
  } else {
    value = Number(buf.toString('latin1', negative ? start + 1 : start, p));
  }
  return negative ? -value : value;
}

export class JsonBytes {
  pos: number;
  /** The same bytes, for reading four at a time. */
  readonly view: DataView;

  constructor(
    readonly buf: Buffer,
    start = 0,
    readonly end = buf.length,
  ) {
    this.pos = start;
    this.view = new DataView(buf.buffer, buf.byteOffset, buf.length);
  }

  decline(why: string): never {
    throw new ScanDeclined(`${why} at byte ${this.pos}`);
  }

  /** Skips whitespace; returns the next byte (or -1 at the end) without consuming it. */
  peek(): number {
    const buf = this.buf;
    let p = this.pos;
    while (p < this.end && isWhitespace(buf[p]!)) p++;
    this.pos = p;
    return p < this.end ? buf[p]! : -1;
  }

  expect(byte: number): void {
    if (this.peek() !== byte) this.decline(`expected '${String.fromCharCode(byte)}'`);
    this.pos++;
  }

  /** After a member or element: true at `,` (consumed), false at `close` (consumed). */
  more(close: number): boolean {
    const b = this.peek();
    this.pos++;
    if (b === COMMA) return true;
    if (b === close) return false;
    return this.decline(`expected ',' or '${String.fromCharCode(close)}'`);
  }

  /** Opens an object or array: true when it is empty (its close consumed too). */
  open(openByte: number, closeByte: number): boolean {
    this.expect(openByte);
    if (this.peek() === closeByte) {
      this.pos++;
      return true;
    }
    return false;
  }

  openObject(): boolean {
    return this.open(OPEN_BRACE, CLOSE_BRACE);
  }

  openArray(): boolean {
    return this.open(OPEN_BRACKET, CLOSE_BRACKET);
  }

  moreMembers(): boolean {
    return this.more(CLOSE_BRACE);
  }

  moreElements(): boolean {
    return this.more(CLOSE_BRACKET);
  }

  /**
   * Reads a member name and its colon when it is exactly `name` (ASCII, no escapes) and returns
   * true; otherwise leaves the cursor where it was and returns false.
   */
  keyIs(name: Uint8Array): boolean {
    this.peek();
    const buf = this.buf;
    const p = this.pos;
    const n = name.length;
    if (buf[p] !== QUOTE || p + n + 2 > this.end || buf[p + n + 1] !== QUOTE) return false;
    for (let i = 0; i < n; i++) if (buf[p + 1 + i] !== name[i]) return false;
    this.pos = p + n + 2;
    this.expect(COLON);
    return true;
  }

  /** Bounds of a string without escapes (the opening quote at the cursor); declines on `\`. */
  plainStringBounds(): { start: number; end: number } {
    if (this.peek() !== QUOTE) this.decline('expected a string');
    const buf = this.buf;
    const start = this.pos + 1;
    let p = start;
    while (p < this.end) {
      const b = buf[p]!;
      if (b === QUOTE) break;
      if (b === BACKSLASH || b < 0x20) this.decline('an escaped or control character in a string');
      p++;
    }
    if (p >= this.end) this.decline('an unterminated string');
    this.pos = p + 1;
    return { start, end: p };
  }

  /** A member name of any spelling, decoded; then its colon. */
  anyKey(): string {
    const { start, end } = this.plainStringBounds();
    this.expect(COLON);
    return this.buf.toString('utf8', start, end);
  }

  /** A string value (escapes allowed: JSON.parse of its own bytes decodes them exactly). */
  string(): string {
    const start = this.pos;
    this.skipValue();
    if (this.buf[start] !== QUOTE) this.decline('expected a string');
    return this.parseSlice(start, this.pos) as string;
  }

  /** `true` or `false`; anything else declines. */
  boolean(): boolean {
    this.peek();
    const flag = booleanAt(this.buf, this.pos);
    const end = this.pos + 5 - flag;
    if (flag < 0 || end > this.end) return this.decline('expected a boolean');
    this.pos = end;
    return flag === 1;
  }

  isNull(): boolean {
    this.peek();
    const buf = this.buf;
    const p = this.pos;
    if (p + 4 <= this.end && buf[p] === 0x6e && buf[p + 1] === 0x75 && buf[p + 2] === 0x6c && buf[p + 3] === 0x6c) {
      this.pos = p + 4;
      return true;
    }
    return false;
  }

  /** A JSON number, equal to what JSON.parse gives (see `numberAt`). */
  number(): number {
    this.peek();
    const value = numberAt(this.buf, this.pos, this.end);
    if (Number.isNaN(value)) this.decline('not a JSON number the scanner reads');
    this.pos = numberScan.end;
    return value;
  }

  /** Steps over one value of any kind, checking only what it must to find the value's end. */
  skipValue(): void {
    const b = this.peek();
    const buf = this.buf;
    if (b === QUOTE) {
      let p = this.pos + 1;
      while (p < this.end) {
        const c = buf[p]!;
        if (c === QUOTE) break;
        if (c === BACKSLASH) p++;
        else if (c < 0x20) this.decline('a control character in a string');
        p++;
      }
      if (p >= this.end) this.decline('an unterminated string');
      this.pos = p + 1;
    } else if (b === OPEN_BRACE) {
      if (this.openObject()) return;
      do {
        this.plainOrEscapedKey();
        this.skipValue();
      } while (this.moreMembers());
    } else if (b === OPEN_BRACKET) {
      if (this.openArray()) return;
      do this.skipValue();
      while (this.moreElements());
    } else if (b === MINUS || (b >= ZERO && b <= NINE)) {
      this.number();
    } else if (b === 0x74 || b === 0x66) {
      this.boolean();
    } else if (!this.isNull()) {
      this.decline('not a JSON value');
    }
  }

  private plainOrEscapedKey(): void {
    if (this.peek() !== QUOTE) this.decline('expected a member name');
    this.skipValue();
    this.expect(COLON);
  }

  /** Any value, read by JSON.parse from its own bytes: for the small, rare parts of a body. */
  anyValue(): unknown {
    const start = this.peek();
    if (start === -1) this.decline('expected a value');
    const from = this.pos;
    this.skipValue();
    return this.parseSlice(from, this.pos);
  }

  /** JSON.parse of a slice whose extent skipValue found; what it still rejects (a bad escape) declines. */
  private parseSlice(from: number, to: number): unknown {
    try {
      return JSON.parse(this.buf.toString('utf8', from, to)) as unknown;
    } catch {
      return this.decline('a value JSON.parse rejects');
    }
  }

  /** The body must end here (whitespace aside), as JSON.parse requires. */
  finish(): void {
    if (this.peek() !== -1) this.decline('trailing bytes after the body');
  }
}

/** Member names as bytes, for `keyIs`. */
export function keyBytes(name: string): Uint8Array {
  return Buffer.from(name, 'latin1');
}
