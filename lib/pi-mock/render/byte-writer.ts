/**
 * A growable byte buffer that JSON bodies are written into directly (DESIGN §9: object trees plus
 * JSON.stringify measured 7-14x slower than writing cached byte pieces). Numbers are written
 * digit by digit, without toFixed or String(), when they come as scaled integers.
 */
import { PiRequestError } from '../http/pi-error';
import * as signal from '../signal/signal';
import { returnTail, takeBuffer } from './buffer-slab';

// Imports bound to locals: a hot path (lib/hot-paths.md).
const { POW10 } = signal;

const QUOTE = 0x22;
const COMMA = 0x2c;
const MINUS = 0x2d;
const DOT = 0x2e;
const ZERO = 0x30;
/**
 * Pieces shorter than this are copied byte by byte. TypedArray#set costs ~22 ns whatever the size
 * (measured: 14, 45 and 100 bytes alike) while a byte loop costs ~2 ns a byte.
 */
const SHORT_COPY = 8;
const INT32_LIMIT = 0x8000_0000;
/**
 * Largest body the mock renders: V8 strings stop at ~512 MiB, so no JavaScript client could parse
 * a larger JSON text anyway. Past it the request fails with a message saying what to shrink.
 */
export const MAX_BODY_BYTES = 512 * 1024 * 1024;
/** Printable ASCII without `"` and `\`: JSON string content as is. */
const PLAIN_ASCII = /^[\x20\x21\x23-\x5b\x5d-\x7e]*$/;

export class ByteWriter {
  private buf: Buffer;
  private pos = 0;

  constructor(initialBytes = 64 * 1024) {
    this.buf = takeBuffer(Math.min(MAX_BODY_BYTES, Math.max(256, initialBytes)));
  }

  get length(): number {
    return this.pos;
  }

  /** Makes room for `n` more bytes (doubling, so appends stay amortised O(1)). */
  ensure(n: number): void {
    const need = this.pos + n;
    if (need <= this.buf.length) return;
    if (need > MAX_BODY_BYTES) {
      throw new PiRequestError(400, [
        `The response would exceed ${MAX_BODY_BYTES} bytes. Request fewer streams or a shorter time range, or use maxCount or selectedFields.`,
      ]);
    }
    // At least 256: finish() leaves an empty writer with a buffer of length 0.
    let size = Math.min(Math.max(256, this.buf.length * 2), MAX_BODY_BYTES);
    while (size < need) size = Math.min(size * 2, MAX_BODY_BYTES);
    const next = Buffer.allocUnsafe(size);
    this.buf.copy(next, 0, 0, this.pos);
    this.buf = next;
  }

  byte(b: number): void {
    if (this.pos >= this.buf.length) this.ensure(1);
    this.buf[this.pos++] = b;
  }

  comma(): void {
    this.byte(COMMA);
  }

  /** Appends pre-encoded bytes. */
  bytes(piece: Uint8Array): void {
    const n = piece.length;
    if (this.pos + n > this.buf.length) this.ensure(n);
    const buf = this.buf;
    if (n < SHORT_COPY) {
      let p = this.pos;
      for (let i = 0; i < n; i++) buf[p++] = piece[i]!;
      this.pos = p;
    } else {
      buf.set(piece, this.pos);
      this.pos += n;
    }
  }

  /** Appends a string that is already valid JSON text (or part of it); UTF-8 encoded. */
  raw(text: string): void {
    this.ensure(text.length * 3);
    this.pos += this.buf.write(text, this.pos, 'utf8');
  }

  /** Appends a JSON string literal (quoted and escaped). */
  string(text: string): void {
    if (PLAIN_ASCII.test(text)) {
      // Nothing to escape and one byte per char: skip JSON.stringify and the UTF-8 encoder.
      this.ensure(text.length + 2);
      const buf = this.buf;
      buf[this.pos++] = QUOTE;
      this.pos += buf.write(text, this.pos, 'latin1');
      buf[this.pos++] = QUOTE;
    } else {
      this.raw(JSON.stringify(text));
    }
  }

  /** Appends a non-negative safe integer in decimal, padded with zeros to at least `width` digits. */
  private digits(n: number, width: number): void {
    if (n >= INT32_LIMIT) {
      this.raw(String(n).padStart(width, '0'));
      return;
    }
    // int32 arithmetic: `(v / 10) | 0` compiles to a multiply-shift, Math.floor to a float division.
    let len = 1;
    for (let v = n; v >= 10; v = (v / 10) | 0) len++;
    if (len < width) len = width;
    if (this.pos + len > this.buf.length) this.ensure(len);
    const buf = this.buf;
    let p = this.pos + len - 1;
    let v = n | 0;
    for (let i = 0; i < len; i++) {
      const q = (v / 10) | 0;
      buf[p--] = ZERO + (v - q * 10);
      v = q;
    }
    this.pos += len;
  }

  /** Appends a safe integer as a JSON number. */
  int(n: number): void {
    if (n < 0) {
      this.byte(MINUS);
      n = -n;
    }
    this.digits(n, 1);
  }

  /**
   * Appends `scaled / 10^decimals` as a JSON number with no trailing zeros. Number() of the text is
   * exactly that quotient, the same double `scaled / POW10[decimals]` gives (both are the correctly
   * rounded value of one rational number).
   */
  scaled(scaled: number, decimals: number): void {
    if (scaled < 0) {
      this.byte(MINUS);
      scaled = -scaled;
    }
    if (decimals === 0) {
      this.digits(scaled, 1);
      return;
    }
    const p = POW10[decimals]!;
    const whole = Math.floor(scaled / p);
    let frac = scaled - whole * p;
    this.digits(whole, 1);
    if (frac === 0) return;
    let width = decimals;
    while (frac % 10 === 0) {
      frac /= 10;
      width--;
    }
    this.byte(DOT);
    this.digits(frac, width);
  }

  /** Appends any finite number as JSON (shortest round-trip form); a non-finite one is a bug. */
  number(n: number): void {
    if (!Number.isFinite(n)) throw new RangeError(`cannot write ${n} as JSON`);
    if (Number.isSafeInteger(n)) this.int(n);
    else this.raw(String(n));
  }

  quote(): void {
    this.byte(QUOTE);
  }

  /**
   * The bytes written so far (a view, not a copy). The unused rest of the buffer goes back to its
   * slab, so a later write starts a new buffer instead of writing into another body.
   */
  finish(): Buffer {
    returnTail(this.buf, this.pos);
    this.buf = this.buf.subarray(0, this.pos);
    return this.buf;
  }
}
