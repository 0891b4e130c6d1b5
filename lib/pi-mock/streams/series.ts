/**
 * One PI point's recorded events as seen at one instant: the grid values up to "now" (a real
 * archive has nothing in the future), addressed as (k, sub) with k the grid index (time
 * k * intervalSeconds) and sub 0 or 1 at the rare doubled grid points. Events at one timestamp
 * always keep the order sub 0, sub 1, so paging by time is stable.
 */
import * as signal from '../signal/signal';
import * as qualities from '../signal/quality';
import type { PointValue } from '../render/point-value';
import type { MockWorld } from '../world';

// Imports bound to locals: a hot path (lib/hot-paths.md).
const { POW10, TagSignal } = signal;
const { FLAG_BAD, FLAG_QUESTIONABLE, FLAG_SUBSTITUTED } = qualities;

export class TagSeries {
  readonly signal: signal.TagSignal;
  readonly stepSec: number;
  readonly stepMs: number;
  /** Last grid index with data: the grid point at or before "now". */
  readonly lastK: number;

  constructor(world: MockWorld, tagIndex: number, nowMs: number) {
    this.signal = new TagSignal(world.options.seed, tagIndex, world.catalogue.sensor(tagIndex).sensorIndex);
    this.stepSec = world.options.intervalSeconds;
    this.stepMs = this.stepSec * 1000;
    this.lastK = Math.floor(nowMs / this.stepMs);
  }

  get decimals(): number {
    return this.signal.decimals;
  }

  /** Events at grid index k: 0 after now, else 1 or 2. */
  count(k: number): number {
    return k > this.lastK ? 0 : this.signal.count(k * this.stepSec);
  }

  /** First grid index at or after timeMs. */
  ceilK(timeMs: number): number {
    return Math.ceil(timeMs / this.stepMs);
  }

  /** Last grid index at or before timeMs (not capped at now). */
  floorK(timeMs: number): number {
    return Math.floor(timeMs / this.stepMs);
  }

  /** Event (k, sub) as a value; the caller knows it exists. */
  point(k: number, sub: number): PointValue {
    const tSec = k * this.stepSec;
    const flags = this.signal.flags(tSec, sub);
    const value = flags === FLAG_BAD ? this.signal.state(tSec, sub) : this.signal.value(tSec, sub);
    return { timeMs: tSec * 1000, value, flags };
  }

  /** Last event at or before timeMs (the later value at a doubled point); the grid has no start. */
  atOrBefore(timeMs: number): PointValue {
    const k = Math.min(this.floorK(timeMs), this.lastK);
    return this.point(k, this.count(k) - 1);
  }

  /** Last event strictly before timeMs. */
  before(timeMs: number): PointValue {
    const k = Math.min(this.ceilK(timeMs) - 1, this.lastK);
    return this.point(k, this.count(k) - 1);
  }

  /** First event at or after timeMs, or null when that would be after now. */
  atOrAfter(timeMs: number): PointValue | null {
    const k = this.ceilK(timeMs);
    return k > this.lastK ? null : this.point(k, 0);
  }

  /** First event strictly after timeMs, or null when that would be after now. */
  after(timeMs: number): PointValue | null {
    const k = this.floorK(timeMs) + 1;
    return k > this.lastK ? null : this.point(k, 0);
  }

  /** True when a recorded event sits exactly at timeMs. */
  hasEventAt(timeMs: number): boolean {
    return timeMs % this.stepMs === 0 && timeMs / this.stepMs <= this.lastK;
  }

  /**
   * Value at any instant (PI points are not stepped): linear between the neighbouring events,
   * rounded like recorded values. A digital state at either neighbour is returned as is; after the
   * last event the last value holds (as PI extrapolates the snapshot).
   */
  interpolate(timeMs: number): PointValue {
    const k = this.floorK(timeMs);
    if (k >= this.lastK || timeMs === k * this.stepMs) {
      const at = this.atOrBefore(timeMs);
      return { timeMs, value: at.value, flags: at.flags };
    }
    const prev = this.point(k, this.count(k) - 1);
    const next = this.point(k + 1, 0);
    if (typeof prev.value !== 'number') return { timeMs, value: prev.value, flags: prev.flags };
    if (typeof next.value !== 'number') return { timeMs, value: next.value, flags: next.flags };
    const f = (timeMs - prev.timeMs) / this.stepMs;
    const scale = POW10[this.decimals]!;
    const value = Math.round((prev.value + (next.value - prev.value) * f) * scale) / scale;
    const flags = (prev.flags | next.flags) & (FLAG_QUESTIONABLE | FLAG_SUBSTITUTED);
    return { timeMs, value, flags };
  }

  /** Calls visit for every event with lo <= time <= hi, ascending, in (k, sub) order. */
  forEach(loMs: number, hiMs: number, visit: (k: number, sub: number) => void): void {
    const last = Math.min(this.floorK(hiMs), this.lastK);
    for (let k = this.ceilK(loMs); k <= last; k++) {
      const c = this.signal.count(k * this.stepSec);
      for (let sub = 0; sub < c; sub++) visit(k, sub);
    }
  }

  /** Number of grid points with lo <= time <= hi (events are at most twice that). */
  gridPointsBetween(loMs: number, hiMs: number): number {
    return Math.max(0, Math.min(this.floorK(hiMs), this.lastK) - this.ceilK(loMs) + 1);
  }
}
