/**
 * Reads a recorded `Items` array of TimedValues straight from the body's bytes into columnar
 * buffers: no JSON.parse, no object per value (DESIGN §9: parsing is where the client's time goes).
 * It lands exactly what `decodeTimedValues` lands from the same items, and declines
 * (`ScanDeclined`) wherever that decoder would reject an item or consult the zod schema (Errors,
 * a non-null WebException), so the reference path then gives the verdict and its message.
 * scan-timed-values.test.ts holds the two to identical columns over generated bodies.
 *
 * The members PI writes for every value (Timestamp, Value, the four flags) are matched inline,
 * with the colon, on a local cursor; anything else (whitespace before a colon, units, states,
 * unknown members) goes through JsonBytes' general methods. A hot path: imports bound to
 * locals, module-level scratch (lib/hot-paths.md).
 */
import type { StreamCursor } from '../decode-timed-values';
import * as columns from '../value-columns';
import type { ValueColumnBuilder } from '../value-columns';
import * as bytes from './json-bytes';
import type { JsonBytes } from './json-bytes';
import * as timestamps from './timestamp-bytes';

/** Where a stream's scanned values go: its columns, its cursor, and how many leading items it already holds. */
export interface ScanTarget {
  readonly tagKey: number;
  readonly cursor: StreamCursor;
  readonly out: ValueColumnBuilder;
  readonly skip: number;
}

/** What paging needs to know of a page, without keeping its items. */
export interface PageSummary {
  /** Items in the page, the skipped ones included. */
  count: number;
  appended: number;
  /** The last item's Timestamp exactly as the server wrote it; null for an empty page. */
  lastTimestamp: string | null;
  /** How many trailing items carry that same Timestamp text. */
  atLast: number;
}

const isWhitespace = bytes.isWhitespace;
const skipWhitespaceAt = bytes.skipWhitespaceAt;
const booleanAt = bytes.booleanAt;
const parseTimestamp = timestamps.parseIsoTimestampBytes;
const FLAG_GOOD = columns.FLAG_GOOD;
const FLAG_QUESTIONABLE = columns.FLAG_QUESTIONABLE;
const FLAG_SUBSTITUTED = columns.FLAG_SUBSTITUTED;
const FLAG_ANNOTATED = columns.FLAG_ANNOTATED;

/** `"Name":`, colon included, as 32-bit words and tail bytes: a member matched a word at a time. */
interface MemberPattern {
  length: number;
  words: Int32Array;
  bytes: Buffer;
}

function member(name: string): MemberPattern {
  const bytes = Buffer.from(`"${name}":`, 'latin1');
  const words = new Int32Array(bytes.length >> 2);
  for (let i = 0; i < words.length; i++) words[i] = bytes.readInt32LE(4 * i);
  return { length: bytes.length, words, bytes };
}
const TIMESTAMP = member('Timestamp');
const VALUE = member('Value');
const GOOD = member('Good');
const QUESTIONABLE = member('Questionable');
const SUBSTITUTED = member('Substituted');
const ANNOTATED = member('Annotated');
const UNITS = bytes.keyBytes('UnitsAbbreviation');
const ERRORS = bytes.keyBytes('Errors');
const WEB_EXCEPTION = bytes.keyBytes('WebException');
const NAMES = { Timestamp: bytes.keyBytes('Timestamp'), Value: bytes.keyBytes('Value'), Good: bytes.keyBytes('Good') };
const FLAG_NAMES = [bytes.keyBytes('Questionable'), bytes.keyBytes('Substituted'), bytes.keyBytes('Annotated')] as const;

const QUOTE = 0x22;
const COMMA = 0x2c;
const MINUS = 0x2d;
const OPEN_BRACE = 0x7b;
const CLOSE_BRACE = 0x7d;
const CLOSE_BRACKET = 0x5d;
const LOWER_T = 0x74;
const LOWER_F = 0x66;

function matchAt(view: DataView, buf: Buffer, p: number, end: number, pattern: MemberPattern): boolean {
  const n = pattern.length;
  if (p + n > end) return false;
  const words = pattern.words;
  for (let i = 0; i < words.length; i++) if (view.getInt32(p + 4 * i, true) !== words[i]) return false;
  const bytes = pattern.bytes;
  for (let i = words.length * 4; i < n; i++) if (buf[p + i] !== bytes[i]) return false;
  return true;
}

function sameBytes(buf: Buffer, a: number, b: number, length: number): boolean {
  for (let i = 0; i < length; i++) if (buf[a + i] !== buf[b + i]) return false;
  return true;
}

/** One item's fields while it is read. */
class ItemFields {
  tsMs = Number.NaN;
  tsStart = -1;
  tsLength = 0;
  value = Number.NaN;
  state: string | null = null;
  good = true;
  questionable = false;
  substituted = false;
  annotated = false;

  reset(): void {
    this.tsMs = Number.NaN;
    this.tsStart = -1;
    this.tsLength = 0;
    this.value = Number.NaN;
    this.state = null;
    this.good = true;
    this.questionable = false;
    this.substituted = false;
    this.annotated = false;
  }
}

/** A digital or system state, mapped as `decodeTimedValues` maps it. */
function readStateObject(jb: JsonBytes, item: ItemFields): void {
  const raw = jb.anyValue() as { Name?: unknown; Value?: unknown; IsSystem?: unknown } | null;
  if (raw === null || typeof raw !== 'object' || typeof raw.Name !== 'string') {
    item.value = Number.NaN;
    item.state = null;
    return;
  }
  item.value = raw.IsSystem !== true && typeof raw.Value === 'number' ? raw.Value : Number.NaN;
  item.state = raw.Name;
}

function readTimestamp(jb: JsonBytes, item: ItemFields): void {
  const { start, end } = jb.plainStringBounds();
  item.tsStart = start;
  item.tsLength = end - start;
  item.tsMs = parseTimestamp(jb.buf, start, end);
  if (Number.isNaN(item.tsMs)) jb.decline('a Timestamp that is not a PI timestamp');
}

/** Any member, through the general methods (the cursor at its opening quote). */
function readMemberSlowly(jb: JsonBytes, item: ItemFields): void {
  if (jb.keyIs(NAMES.Timestamp)) return readTimestamp(jb, item);
  if (jb.keyIs(NAMES.Value)) {
    const b = jb.peek();
    item.state = null;
    if (b === MINUS || (b >= 0x30 && b <= 0x39)) item.value = jb.number();
    else if (b === LOWER_T || b === LOWER_F) item.value = jb.boolean() ? 1 : 0;
    else if (b === OPEN_BRACE) readStateObject(jb, item);
    else {
      // null, a string or an array: no number and no state, as the decoder maps them.
      jb.skipValue();
      item.value = Number.NaN;
    }
    return;
  }
  if (jb.keyIs(NAMES.Good)) item.good = jb.boolean();
  else if (jb.keyIs(FLAG_NAMES[0])) item.questionable = jb.boolean();
  else if (jb.keyIs(FLAG_NAMES[1])) item.substituted = jb.boolean();
  else if (jb.keyIs(FLAG_NAMES[2])) item.annotated = jb.boolean();
  else if (jb.keyIs(UNITS)) {
    if (jb.peek() !== QUOTE) jb.decline('UnitsAbbreviation is not a string');
    jb.skipValue();
  } else if (jb.keyIs(WEB_EXCEPTION)) {
    if (!jb.isNull()) jb.decline('an item with a WebException');
  } else if (jb.keyIs(ERRORS)) {
    jb.decline('an item with Errors');
  } else {
    // Members the schema does not name are ignored, as zod's object strips them.
    jb.anyKey();
    jb.skipValue();
  }
}

const POW10 = [1, 10, 100, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15];

/**
 * Epoch ms of the day of the last timestamp `secondOfDayAt` read. Module-level scratch (this,
 * `item` below, json-bytes' `numberScan`, timestamp-bytes' day cache) is safe because a scan is
 * synchronous from its first byte to its return: nothing in it awaits, so no other scan on this
 * thread can run in between and find it half-written (each worker thread has its own module).
 */
let scannedDayMs = 0;

/**
 * `YYYY-MM-DDTHH:MM:SSZ` at `buf[s..s+20)`, the form PI writes for whole seconds: its seconds
 * into the day (its day's ms left in `scannedDayMs`), or -1 for anything else (the general parser
 * then decides). Same arithmetic as parseIsoTimestampBytes, whose day cache it shares. It returns
 * a small integer, not the epoch ms, because V8 does not inline it and would box a double return
 * in a heap number: one allocation per value.
 */
function secondOfDayAt(buf: Buffer, s: number): number {
  if (buf[s + 4] !== 0x2d || buf[s + 7] !== 0x2d || buf[s + 10] !== 0x54 || buf[s + 13] !== 0x3a || buf[s + 16] !== 0x3a || buf[s + 19] !== 0x5a) {
    return -1;
  }
  const y0 = buf[s]! - 0x30, y1 = buf[s + 1]! - 0x30, y2 = buf[s + 2]! - 0x30, y3 = buf[s + 3]! - 0x30;
  const mo0 = buf[s + 5]! - 0x30, mo1 = buf[s + 6]! - 0x30, d0 = buf[s + 8]! - 0x30, d1 = buf[s + 9]! - 0x30;
  const h0 = buf[s + 11]! - 0x30, h1 = buf[s + 12]! - 0x30, mi0 = buf[s + 14]! - 0x30, mi1 = buf[s + 15]! - 0x30;
  const s0 = buf[s + 17]! - 0x30, s1 = buf[s + 18]! - 0x30;
  // A byte below '0' makes its digit negative; `>>> 0` turns that into a huge number, so one
  // unsigned comparison per digit checks both ends.
  if (
    (y0 >>> 0) > 9 || (y1 >>> 0) > 9 || (y2 >>> 0) > 9 || (y3 >>> 0) > 9 || (mo0 >>> 0) > 9 || (mo1 >>> 0) > 9 ||
    (d0 >>> 0) > 9 || (d1 >>> 0) > 9 || (h0 >>> 0) > 9 || (h1 >>> 0) > 9 || (mi0 >>> 0) > 9 || (mi1 >>> 0) > 9 ||
    (s0 >>> 0) > 9 || (s1 >>> 0) > 9
  ) {
    return -1;
  }
  scannedDayMs = dayStartMs(y0 * 1000 + y1 * 100 + y2 * 10 + y3, mo0 * 10 + mo1, d0 * 10 + d1);
  return (h0 * 10 + h1) * 3600 + (mi0 * 10 + mi1) * 60 + (s0 * 10 + s1);
}

const dayStartMs = timestamps.dayStartMs;
const item = new ItemFields();

/** Scans the array at the cursor; appends items from `target.skip` on. */
export function scanTimedValues(jb: JsonBytes, target: ScanTarget): PageSummary {
  const { tagKey, cursor, out, skip } = target;
  const buf = jb.buf;
  const view = jb.view;
  // The reader's end, not the buffer's: a batch answer's Content is a sub-range of its body, and
  // the bytes after it belong to the next member. Every read below is bounded by it.
  const end = jb.end;
  let count = 0;
  let appended = 0;
  let lastStart = -1;
  let lastLength = 0;
  let lastMs = Number.NaN;
  let atLast = 0;
  if (!jb.openArray()) {
    let p = jb.pos;
    for (;;) {
      if (p >= end || buf[p] !== OPEN_BRACE) {
        while (p < end && isWhitespace(buf[p])) p++;
        if (p >= end || buf[p] !== OPEN_BRACE) {
          jb.pos = p;
          jb.decline('an item that is not an object');
        }
      }
      p++;
      let tsMs = Number.NaN;
      let tsStart = -1;
      let tsLength = 0;
      let value = Number.NaN;
      let state: string | null = null;
      let good = true;
      let questionable = false;
      let substituted = false;
      let annotated = false;
      for (;;) {
        if (buf[p] !== QUOTE) while (p < end && isWhitespace(buf[p])) p++;
        let next = -1;
        if (p < end && buf[p] === QUOTE) {
          const c = buf[p + 1];
          if (c === 0x54) {
            // `"Timestamp":` is 12 bytes, then the quoted 20-byte timestamp.
            if (p + 34 <= end && matchAt(view, buf, p, end, TIMESTAMP) && buf[p + 12] === QUOTE && buf[p + 33] === QUOTE) {
              const second = secondOfDayAt(buf, p + 13);
              if (second >= 0) {
                tsMs = scannedDayMs + second * 1000;
                tsStart = p + 13;
                tsLength = 20;
                next = p + 34;
              }
            }
          } else if (c === 0x56) {
            if (matchAt(view, buf, p, end, VALUE)) {
              // Inline: an optional minus, digits, an optional fraction; anything longer or
              // with an exponent goes to numberAt.
              let q = p + 8;
              const negative = buf[q] === MINUS;
              if (negative) q++;
              const intStart = q;
              let mantissa = 0;
              let digit = 0;
              while (q < end && ((digit = buf[q]! - 0x30) >>> 0) <= 9) {
                mantissa = mantissa * 10 + digit;
                q++;
              }
              const intDigits = q - intStart;
              let fraction = 0;
              let wellFormed = intDigits > 0 && !(intDigits > 1 && buf[intStart] === 0x30);
              if (wellFormed && q < end && buf[q] === 0x2e) {
                const fracStart = ++q;
                while (q < end && ((digit = buf[q]! - 0x30) >>> 0) <= 9) {
                  mantissa = mantissa * 10 + digit;
                  q++;
                }
                fraction = q - fracStart;
                wellFormed = fraction > 0;
              }
              const b = q < end ? buf[q] : -1;
              if (wellFormed && intDigits + fraction <= 15 && b !== 0x65 && b !== 0x45) {
                const magnitude = fraction > 0 ? mantissa / POW10[fraction]! : mantissa;
                value = negative ? -magnitude : magnitude;
                state = null;
                next = q;
              } else if (buf[p + 8] === LOWER_T || buf[p + 8] === LOWER_F) {
                const flag = booleanAt(buf, p + 8);
                if (flag >= 0) {
                  value = flag;
                  state = null;
                  next = p + 13 - flag;
                }
              }
            }
          } else if (c === 0x47 || c === 0x51 || c === 0x53 || c === 0x41) {
            const pattern = c === 0x47 ? GOOD : c === 0x51 ? QUESTIONABLE : c === 0x53 ? SUBSTITUTED : ANNOTATED;
            if (matchAt(view, buf, p, end, pattern)) {
              const v = p + pattern.length;
              const flag = booleanAt(buf, v);
              if (flag >= 0) {
                if (c === 0x47) good = flag === 1;
                else if (c === 0x51) questionable = flag === 1;
                else if (c === 0x53) substituted = flag === 1;
                else annotated = flag === 1;
                next = v + 5 - flag;
              }
            }
          }
        }
        // A member that ends past the reader's end was read from bytes that are not this body's.
        if (next >= 0 && next <= end) p = next;
        else {
          // The general path: whitespace, a fractional timestamp, units, states, unknown members.
          jb.pos = p;
          item.tsMs = tsMs;
          item.tsStart = tsStart;
          item.tsLength = tsLength;
          item.value = value;
          item.state = state;
          item.good = good;
          item.questionable = questionable;
          item.substituted = substituted;
          item.annotated = annotated;
          readMemberSlowly(jb, item);
          ({ tsMs, tsStart, tsLength, value, state, good, questionable, substituted, annotated } = item);
          p = jb.pos;
        }
        p = skipWhitespaceAt(buf, p);
        const d = p < end ? buf[p] : -1;
        p++;
        if (d === COMMA) continue;
        if (d === CLOSE_BRACE) break;
        jb.pos = p - 1;
        jb.decline("expected ',' or '}'");
      }
      if (tsStart < 0) {
        jb.pos = p;
        jb.decline('an item without a Timestamp');
      }
      if (count >= skip) {
        let seq = 0;
        if (tsMs === cursor.lastTsMs) seq = cursor.countAtLastTs++;
        else {
          cursor.lastTsMs = tsMs;
          cursor.countAtLastTs = 1;
        }
        const flags =
          (good ? FLAG_GOOD : 0) | (questionable ? FLAG_QUESTIONABLE : 0) | (substituted ? FLAG_SUBSTITUTED : 0) | (annotated ? FLAG_ANNOTATED : 0);
        out.push(tagKey, tsMs, seq, value, state, flags);
        appended++;
      }
      // Equal text implies an equal instant, so the bytes are compared only when the instants agree.
      if (tsMs === lastMs && tsLength === lastLength && sameBytes(buf, tsStart, lastStart, lastLength)) atLast++;
      else atLast = 1;
      lastStart = tsStart;
      lastLength = tsLength;
      lastMs = tsMs;
      count++;
      p = skipWhitespaceAt(buf, p);
      const d = p < end ? buf[p] : -1;
      p++;
      if (d === COMMA) continue;
      if (d === CLOSE_BRACKET) break;
      jb.pos = p - 1;
      jb.decline("expected ',' or ']'");
    }
    jb.pos = p;
  }
  return {
    count,
    appended,
    lastTimestamp: count > 0 ? buf.toString('latin1', lastStart, lastStart + lastLength) : null,
    atLast,
  };
}
