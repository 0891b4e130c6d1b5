/**
 * The event frames of a world, generated once on first use from (seed, anchor, layout) and held
 * column-wise in typed arrays (~30 bytes a frame), sorted by start time. Frame i's GUID, name and
 * attributes are all recomputed from these columns.
 */
import { EQUIPMENT_PER_UNIT } from '../af/equipment';
import { hashPick, hashUnit } from '../af/hash-ints';
import type { WorldFacts } from '../world-facts';
import { DEFAULT_PROFILE } from '../world-profile';
import { EF_TEMPLATES, templateForDraw } from './ef-templates';

export const SEVERITIES = ['None', 'Information', 'Warning', 'Minor', 'Major', 'Critical'] as const;
export type Severity = (typeof SEVERITIES)[number];

/** Default mode: frames lie in the 7 days before the world's anchor (the world's profile decides). */
export const FRAME_WINDOW_MS = DEFAULT_PROFILE.frames.windowMs;
/** 50 frames for the 16 units of the 128-tag tier, proportional beyond. */
export function frameCountFor(unitCount: number): number {
  return Math.round((50 * unitCount) / 16);
}

export interface FrameTable {
  count: number;
  template: Uint8Array;
  /** Global unit index: plant * unitsPerPlant + unit. */
  unit: Int32Array;
  /** Equipment slot also referenced, or -1. */
  slot: Int8Array;
  /** Ascending. */
  startMs: Float64Array;
  /** +Infinity while in progress. */
  endMs: Float64Array;
  severity: Uint8Array;
  year: Uint16Array;
  /** 1-based sequence within the template, in start order: the number in the frame's name. */
  seq: Uint32Array;
  seqWidth: number;
  /** Per template: seq - 1 -> frame index. */
  bySeq: Uint32Array[];
}

const SECOND_MS = 1000;
const floorSecond = (ms: number): number => Math.floor(ms / SECOND_MS) * SECOND_MS;

export function buildFrameTable(world: WorldFacts): FrameTable {
  const { seed } = world.options;
  const { windowMs, inProgressShare } = world.profile.frames;
  const anchor = world.anchorMs;
  const layout = world.catalogue.layout;
  const units = layout.plantCount * layout.unitsPerPlant;
  const count = frameCountFor(units);
  // Draw in generation order, then lay the columns out in start order (no per-frame objects:
  // the largest tiers have hundreds of thousands of frames).
  const template = new Uint8Array(count);
  const unit = new Int32Array(count);
  const slot = new Int8Array(count);
  const startMs = new Float64Array(count);
  const endMs = new Float64Array(count);
  const severity = new Uint8Array(count);
  for (let i = 0; i < count; i++) {
    const t = templateForDraw(hashUnit(seed, 0xef01, i));
    const tpl = EF_TEMPLATES[t]!;
    const durationMs = floorSecond(tpl.minDurationMs + hashUnit(seed, 0xef05, i) * (tpl.maxDurationMs - tpl.minDurationMs));
    const inProgress = hashUnit(seed, 0xef06, i) < inProgressShare;
    // A running frame started within one duration before the anchor; a closed one ended by it.
    const start = inProgress
      ? anchor - SECOND_MS - floorSecond(hashUnit(seed, 0xef07, i) * durationMs)
      : floorSecond(anchor - windowMs + hashUnit(seed, 0xef07, i) * (windowMs - durationMs));
    template[i] = t;
    unit[i] = hashPick(units, seed, 0xef02, i);
    slot[i] = hashUnit(seed, 0xef03, i) < tpl.equipmentShare ? hashPick(EQUIPMENT_PER_UNIT, seed, 0xef04, i) : -1;
    startMs[i] = start;
    endMs[i] = inProgress ? Infinity : start + durationMs;
    severity[i] = tpl.name === 'Alarm' ? 1 + hashPick(SEVERITIES.length - 1, seed, 0xef08, i) : 0;
  }
  const order = Uint32Array.from({ length: count }, (_, i) => i).sort((a, b) => startMs[a]! - startMs[b]! || a - b);
  const table: FrameTable = {
    count,
    template: new Uint8Array(count),
    unit: new Int32Array(count),
    slot: new Int8Array(count),
    startMs: new Float64Array(count),
    endMs: new Float64Array(count),
    severity: new Uint8Array(count),
    year: new Uint16Array(count),
    seq: new Uint32Array(count),
    seqWidth: 6,
    bySeq: [],
  };
  const perTemplate = EF_TEMPLATES.map(() => [] as number[]);
  order.forEach((i, k) => {
    const t = template[i]!;
    table.template[k] = t;
    table.unit[k] = unit[i]!;
    table.slot[k] = slot[i]!;
    table.startMs[k] = startMs[i]!;
    table.endMs[k] = endMs[i]!;
    table.severity[k] = severity[i]!;
    table.year[k] = new Date(startMs[i]!).getUTCFullYear();
    const list = perTemplate[t]!;
    list.push(k);
    table.seq[k] = list.length;
  });
  table.bySeq = perTemplate.map((list) => Uint32Array.from(list));
  table.seqWidth = Math.max(6, ...perTemplate.map((l) => String(l.length).length));
  return table;
}
