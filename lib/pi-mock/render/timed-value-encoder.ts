/**
 * Renders TimedValue objects from pre-encoded pieces (DESIGN §9). For a given selection and units
 * the bytes around the value are fixed: a prefix per grid timestamp (`{"Timestamp":"...","Value":`,
 * built once per request and grid point) and one closing piece per quality (`,"UnitsAbbreviation":
 * "degC","Good":true,"Questionable":false,"Substituted":false,"Annotated":false}`), so a grid value
 * costs two buffer copies and its digits. Field order is PI's: Timestamp, Value,
 * UnitsAbbreviation, Good, Questionable, Substituted, Annotated. selectedFields is applied by
 * leaving fields out of the pieces, with the same semantics as projectFields (tested).
 */
import { projectFields } from '../http/selected-fields';
import * as qualities from '../signal/quality';
import type { SystemState } from '../signal/quality';
import type { ByteWriter } from './byte-writer';
import { isSystemState, piValueJson, type PointValue } from './point-value';
import { child, type Selection } from './selection';
import { GridPrefixes } from './grid-prefixes';
import * as timestamps from './timestamp-cache';

// Imports bound to locals: a hot path (lib/hot-paths.md).
const { FLAG_BAD, FLAG_COMBINATIONS, FLAG_QUESTIONABLE, FLAG_SUBSTITUTED } = qualities;
const { timestampBytesMs } = timestamps;

const utf8 = (text: string) => Buffer.from(text, 'utf8');

export class TimedValueEncoder {
  readonly keepTimestamp: boolean;
  readonly keepValue: boolean;
  private readonly valueSel: Selection | undefined;
  private readonly open: Buffer;
  private readonly mid: Buffer;
  /** open + mid: the whole prefix when the timestamp is not selected. */
  private readonly fixedPrefix: Buffer;
  private readonly close: Buffer[] = [];
  private readonly states = new Map<number, Buffer>();

  /** `prefixes` must be built for the same selection (see EncoderCache). */
  constructor(
    sel: Selection,
    units: string,
    private readonly prefixes: GridPrefixes,
  ) {
    this.keepTimestamp = child(sel, 'Timestamp') !== undefined;
    this.valueSel = child(sel, 'Value');
    this.keepValue = this.valueSel !== undefined;
    this.open = utf8(this.keepTimestamp ? '{"Timestamp":"' : '{');
    const valueKey = this.keepValue ? (this.keepTimestamp ? ',"Value":' : '"Value":') : '';
    this.mid = utf8((this.keepTimestamp ? '"' : '') + valueKey);
    this.fixedPrefix = Buffer.concat([this.open, this.mid]);
    const keep = (name: string) => child(sel, name) !== undefined;
    for (let flags = 0; flags < FLAG_COMBINATIONS; flags++) {
      const fields: string[] = [];
      if (keep('UnitsAbbreviation')) fields.push(`"UnitsAbbreviation":${JSON.stringify(units)}`);
      if (keep('Good')) fields.push(`"Good":${(flags & FLAG_BAD) === 0}`);
      if (keep('Questionable')) fields.push(`"Questionable":${(flags & FLAG_QUESTIONABLE) !== 0}`);
      if (keep('Substituted')) fields.push(`"Substituted":${(flags & FLAG_SUBSTITUTED) !== 0}`);
      if (keep('Annotated')) fields.push('"Annotated":false');
      const lead = fields.length > 0 && (this.keepTimestamp || this.keepValue) ? ',' : '';
      this.close.push(utf8(lead + fields.join(',') + '}'));
    }
  }

  /** Rough size of one rendered grid value, for sizing response buffers. */
  get bytesPerValue(): number {
    return this.fixedPrefix.length + (this.keepTimestamp ? 20 : 0) + 10 + this.close[0]!.length;
  }

  /** Prepares prefixes for grid indices kA..kB (cheap when already covered). */
  cover(kA: number, kB: number): void {
    if (this.keepTimestamp) this.prefixes.cover(kA, kB);
  }

  private prefix(k: number): Buffer {
    return this.keepTimestamp ? this.prefixes.get(k) : this.fixedPrefix;
  }

  /** The grid value at index k given as a scaled integer (`scaled / 10^decimals`). */
  writeScaled(w: ByteWriter, k: number, scaled: number, decimals: number, flags: number): void {
    w.bytes(this.prefix(k));
    if (this.keepValue) w.scaled(scaled, decimals);
    w.bytes(this.close[flags]!);
  }

  /** A system digital state (Good false) at grid index k. */
  writeState(w: ByteWriter, k: number, state: SystemState): void {
    w.bytes(this.prefix(k));
    if (this.keepValue) w.bytes(this.stateBytes(state));
    w.bytes(this.close[FLAG_BAD]!);
  }

  /** Any computed value (interpolated, summary, static attribute). */
  write(w: ByteWriter, pv: PointValue): void {
    w.bytes(this.open);
    if (this.keepTimestamp) w.bytes(timestampBytesMs(pv.timeMs));
    w.bytes(this.mid);
    const value = pv.value;
    if (this.keepValue) {
      if (typeof value === 'number') w.number(value);
      else if (typeof value === 'string') w.string(value);
      else if (typeof value === 'boolean') w.raw(value ? 'true' : 'false');
      else w.bytes(this.stateBytes(value));
    }
    w.bytes(this.close[isSystemState(value) ? pv.flags | FLAG_BAD : pv.flags]!);
  }

  private stateBytes(state: SystemState): Buffer {
    let bytes = this.states.get(state.code);
    if (bytes === undefined) {
      // Value may itself be projected (`Items.Value.Name`): the same projection as the object path.
      bytes = utf8(JSON.stringify(projectFields(piValueJson(state), this.valueSel ?? null)));
      this.states.set(state.code, bytes);
    }
    return bytes;
  }
}

const cachesBySelection = new WeakMap<object, Map<number, EncoderCache>>();
const cachesForEverything = new Map<number, EncoderCache>();

/**
 * The encoders of a selection and grid step, shared by every request that asks for the same
 * fields: selection trees are cached by their text (http/selected-fields.ts), so a batch of 100
 * recorded reads builds its encoders once instead of 100 times.
 */
export function encoderCacheFor(sel: Selection, stepSec: number): EncoderCache {
  let byStep = sel === null ? cachesForEverything : cachesBySelection.get(sel);
  if (byStep === undefined) {
    byStep = new Map();
    cachesBySelection.set(sel as object, byStep);
  }
  let cache = byStep.get(stepSec);
  if (cache === undefined) {
    cache = new EncoderCache(sel, stepSec);
    byStep.set(stepSec, cache);
  }
  return cache;
}

/** Encoders for one selection, one per distinct units string (streams of a set share most). */
export class EncoderCache {
  private readonly byUnits = new Map<string, TimedValueEncoder>();
  private readonly prefixes: GridPrefixes;

  constructor(
    private readonly sel: Selection,
    stepSec: number,
  ) {
    this.prefixes = new GridPrefixes(stepSec, child(sel, 'Value') !== undefined);
  }

  forUnits(units: string): TimedValueEncoder {
    let enc = this.byUnits.get(units);
    if (enc === undefined) {
      enc = new TimedValueEncoder(this.sel, units, this.prefixes);
      this.byUnits.set(units, enc);
    }
    return enc;
  }
}
