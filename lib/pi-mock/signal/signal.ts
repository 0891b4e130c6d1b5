/**
 * The mock's values: a pure function of (seed, tag index, grid second) so that any window, asked any
 * way (single stream, stream set, batch, paged), returns identical values (DESIGN §3). The grid
 * second is k * intervalSeconds on the epoch-aligned grid; keying on the second rather than on k
 * keeps a timestamp's value the same whatever the grid spacing.
 *
 * Within the sensor's range: a daily cycle, a smooth mean-reverting walk (hashed value noise at
 * coarse knots, smoothstep-interpolated: a closed form, so no state), small noise and ~1 %
 * spikes; quality by hash (quality.ts); ~0.2 % of grid points hold two values at one timestamp.
 */
import { SENSOR_TYPES } from '../../tiers';
import * as hashes from './hash';
import * as qualities from './quality';
import type { SystemState } from './quality';

// Imports bound to locals: a hot path (lib/hot-paths.md).
const { below, extend, fmix32, hash2, toSigned, toUnit } = hashes;
const { flagsFromHash, stateFromHash } = qualities;

const DAY_SEC = 86_400;
const SLOW_KNOT_SEC = 4 * 3_600;
const FAST_KNOT_SEC = 15 * 60;
const SLOW_AMPLITUDE = 0.14;
const FAST_AMPLITUDE = 0.05;
const NOISE_AMPLITUDE = 0.01;
/** Offset of a second value at the same timestamp, as a share of the range. */
const DUPLICATE_OFFSET = 0.004;

const SALT_SLOW = 0x510e_0002;
const SALT_FAST = 0x7a57_0003;
const SALT_NOISE = 0x0015_0004;
const SALT_SPIKE = 0x5b1c_0005;
const SALT_DUPLICATE = 0x50b1_0006;
const SALT_QUALITY = 0x0a11_7e57;
const SALT_STATE = 0x57a7_e5e5;
const SUB_MULTIPLIER = 0x2c1b_3c6d;
const TWO_32 = 0x1_0000_0000;

/** Share of recorded values that are spikes. */
export const ANOMALY_SHARE = 0.01;
/** Share of grid points that hold two values. */
export const DUPLICATE_SHARE = 0.002;
const T_SPIKE = Math.round(ANOMALY_SHARE * TWO_32);
const T_DUPLICATE = Math.round(DUPLICATE_SHARE * TWO_32);

/** Decimals each sensor's values are rounded to: about five significant digits across its range. */
export const SENSOR_DECIMALS: readonly number[] = SENSOR_TYPES.map((s) =>
  Math.min(6, Math.max(0, 5 - Math.ceil(Math.log10(s.max - s.min)))),
);
/** 10^d for d = 0..6. */
export const POW10: readonly number[] = [1, 10, 100, 1_000, 10_000, 100_000, 1_000_000];

/** sin(2*pi*u) for u in [0, 1) as two parabolas: smooth (C1), within 6 %, and no Math.sin per value. */
function cycle(u: number): number {
  const v = u < 0.5 ? u : u - 0.5;
  const w = 16 * v * (0.5 - v);
  return u < 0.5 ? w : -w;
}

function smoothstep(f: number): number {
  return f * f * (3 - 2 * f);
}

/**
 * One tag's signal. Per-tag constants are computed once and the last point hash and walk knots
 * are memoised, so a loop over consecutive grid seconds costs a few hashes per value. Results are
 * the same whatever order calls come in (the memos only skip recomputation).
 */
export class TagSignal {
  readonly decimals: number;
  private readonly tagHash: number;
  private readonly level: number;
  private readonly phase: number;
  private readonly dailyAmplitude: number;
  private readonly rangeMin: number;
  private readonly span: number;
  private readonly scale: number;
  private lastT = Number.NaN;
  private lastPoint = 0;
  private slowIndex = Number.NaN;
  private slowA = 0;
  private slowB = 0;
  private fastIndex = Number.NaN;
  private fastA = 0;
  private fastB = 0;

  constructor(
    readonly seed: number,
    readonly tag: number,
    readonly sensorIndex: number,
  ) {
    const sensor = SENSOR_TYPES[sensorIndex];
    if (!sensor) throw new RangeError(`sensor index ${sensorIndex} outside 0..${SENSOR_TYPES.length - 1}`);
    this.decimals = SENSOR_DECIMALS[sensorIndex]!;
    this.scale = POW10[this.decimals]!;
    this.rangeMin = sensor.min;
    this.span = sensor.max - sensor.min;
    this.tagHash = hash2(seed, tag);
    this.level = 0.35 + 0.3 * toUnit(fmix32(this.tagHash ^ 0x2545f491));
    this.phase = toUnit(fmix32(this.tagHash ^ 0x68e31da4));
    this.dailyAmplitude = 0.05 + 0.1 * toUnit(fmix32(this.tagHash ^ 0x1b873593));
  }

  private point(tSec: number): number {
    if (tSec !== this.lastT) {
      this.lastT = tSec;
      this.lastPoint = extend(this.tagHash, tSec);
    }
    return this.lastPoint;
  }

  private sub(tSec: number, salt: number, sub: number): number {
    return fmix32(this.point(tSec) ^ salt ^ Math.imul(sub, SUB_MULTIPLIER));
  }

  /** 1 or 2: how many values the tag holds at grid second tSec. */
  count(tSec: number): number {
    return below(fmix32(this.point(tSec) ^ SALT_DUPLICATE), T_DUPLICATE) ? 2 : 1;
  }

  /** Quality flags (quality.ts) of value `sub` at tSec. */
  flags(tSec: number, sub: number): number {
    return flagsFromHash(this.sub(tSec, SALT_QUALITY, sub));
  }

  /** The system state value `sub` carries when its flags are FLAG_BAD. */
  state(tSec: number, sub: number): SystemState {
    return stateFromHash(this.sub(tSec, SALT_STATE, sub));
  }

  private walkSlow(tSec: number): number {
    const i = Math.floor(tSec / SLOW_KNOT_SEC);
    if (i !== this.slowIndex) {
      this.slowIndex = i;
      this.slowA = toSigned(extend(this.tagHash ^ SALT_SLOW, i));
      this.slowB = toSigned(extend(this.tagHash ^ SALT_SLOW, i + 1));
    }
    return this.slowA + (this.slowB - this.slowA) * smoothstep((tSec - i * SLOW_KNOT_SEC) / SLOW_KNOT_SEC);
  }

  private walkFast(tSec: number): number {
    const i = Math.floor(tSec / FAST_KNOT_SEC);
    if (i !== this.fastIndex) {
      this.fastIndex = i;
      this.fastA = toSigned(extend(this.tagHash ^ SALT_FAST, i));
      this.fastB = toSigned(extend(this.tagHash ^ SALT_FAST, i + 1));
    }
    return this.fastA + (this.fastB - this.fastA) * smoothstep((tSec - i * FAST_KNOT_SEC) / FAST_KNOT_SEC);
  }

  /** Position of value `sub` at tSec within the sensor's range, in [0, 1]. */
  fraction(tSec: number, sub: number): number {
    let u = (tSec - Math.floor(tSec / DAY_SEC) * DAY_SEC) / DAY_SEC + this.phase;
    if (u >= 1) u -= 1;
    let x = this.level + this.dailyAmplitude * cycle(u);
    x += SLOW_AMPLITUDE * this.walkSlow(tSec) + FAST_AMPLITUDE * this.walkFast(tSec);
    x += NOISE_AMPLITUDE * toSigned(this.sub(tSec, SALT_NOISE, sub));
    const spike = fmix32(this.point(tSec) ^ SALT_SPIKE) >>> 0;
    if (spike < T_SPIKE) {
      // Both values at a doubled timestamp share the spike; sign and size come from the same hash.
      const size = 0.2 + 0.15 * (spike / T_SPIKE);
      x += (spike & 1) === 0 ? size : -size;
    }
    if (sub > 0) x += (this.tag & 1) === 0 ? DUPLICATE_OFFSET : -DUPLICATE_OFFSET;
    return x < 0 ? 0 : x > 1 ? 1 : x;
  }

  /** Value `sub` at tSec as a scaled integer: the value is exactly `scaled / 10^decimals`. */
  scaled(tSec: number, sub: number): number {
    return Math.round((this.rangeMin + this.span * this.fraction(tSec, sub)) * this.scale);
  }

  /** Value `sub` at tSec rounded to the sensor's decimals (a double that prints back exactly). */
  value(tSec: number, sub: number): number {
    return this.scaled(tSec, sub) / this.scale;
  }
}

// The free functions below share one memoised TagSignal per (seed, tag, sensor) in turn, so they
// allocate only when the tag changes and compute exactly what TagSignal computes.
let shared: TagSignal | null = null;

function signalOf(seed: number, tag: number, sensorIndex: number): TagSignal {
  if (shared === null || shared.seed !== seed || shared.tag !== tag || shared.sensorIndex !== sensorIndex) {
    shared = new TagSignal(seed, tag, sensorIndex);
  }
  return shared;
}

/** 1 or 2: how many values tag `tag` holds at grid second tSec (= k * intervalSeconds). */
export function sampleCount(seed: number, tag: number, tSec: number): number {
  return signalOf(seed, tag, 0).count(tSec);
}

/** Quality flags of value `sub` (0, or 1 at a doubled grid point) at grid second tSec. */
export function sampleFlags(seed: number, tag: number, tSec: number, sub: number): number {
  return signalOf(seed, tag, 0).flags(tSec, sub);
}

/** The system state of a FLAG_BAD value. */
export function sampleState(seed: number, tag: number, tSec: number, sub: number): SystemState {
  return signalOf(seed, tag, 0).state(tSec, sub);
}

/** Value `sub` at grid second tSec, rounded to SENSOR_DECIMALS[sensorIndex] decimals. */
export function sampleValue(seed: number, tag: number, sensorIndex: number, tSec: number, sub: number): number {
  return signalOf(seed, tag, sensorIndex).value(tSec, sub);
}

/** The same value as a scaled integer: exactly `sampleValue * 10^SENSOR_DECIMALS[sensorIndex]`. */
export function sampleScaled(seed: number, tag: number, sensorIndex: number, tSec: number, sub: number): number {
  return signalOf(seed, tag, sensorIndex).scaled(tSec, sub);
}
