/**
 * Collects the landed values of the few tags the Live page charts, between two ticks: only their
 * rows are copied out of each micro-batch, so a 30,240-tag tail costs the chart nothing extra.
 */
import type { LandedBatch } from '../connector';

export interface PointsOfTag {
  key: number;
  tsMs: number[];
  /** null where the row holds a state rather than a number. */
  value: (number | null)[];
}

export class WatchedPoints {
  private readonly byKey = new Map<number, PointsOfTag>();

  watch(keys: readonly number[]): void {
    for (const key of keys) this.byKey.set(key, { key, tsMs: [], value: [] });
  }

  add(batch: LandedBatch): void {
    if (this.byKey.size === 0) return;
    for (let r = 0; r < batch.length; r++) {
      const points = this.byKey.get(batch.tagKey[r]!);
      if (!points) continue;
      const v = batch.value[r]!;
      points.tsMs.push(batch.tsMs[r]!);
      points.value.push(Number.isNaN(v) ? null : v);
    }
  }

  /** What arrived since the last take, per watched tag; the buffers start empty again. */
  take(): PointsOfTag[] {
    const out: PointsOfTag[] = [];
    for (const p of this.byKey.values()) {
      out.push({ key: p.key, tsMs: p.tsMs, value: p.value });
      p.tsMs = [];
      p.value = [];
    }
    return out;
  }
}
