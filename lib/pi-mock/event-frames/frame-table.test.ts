import { describe, expect, it } from 'vitest';
import { TEST_ANCHOR_MS, testWorld } from '../af/test-world';
import { EF_TEMPLATES } from './ef-templates';
import { frameAttributes } from './frame-attributes';
import { frameIndexOfName, frameName } from './frame-identity';
import { buildFrameTable, FRAME_WINDOW_MS, frameCountFor } from './frame-table';

describe('event-frame table', () => {
  it.each([
    [128, 50],
    [1000, 406],
    [10000, 3906],
    [30240, 11813],
  ])('at %i tags holds %i frames', (tagCount, frames) => {
    const world = testWorld({ tagCount });
    expect(frameCountFor(world.catalogue.layout.plantCount * world.catalogue.layout.unitsPerPlant)).toBe(frames);
    expect(world.eventFrames.count).toBe(frames);
  });

  it('lays frames out in the week before the anchor, sorted by start, with template durations', () => {
    const table = buildFrameTable(testWorld({ tagCount: 30240 }));
    let running = 0;
    for (let i = 0; i < table.count; i++) {
      const start = table.startMs[i]!;
      const end = table.endMs[i]!;
      const tpl = EF_TEMPLATES[table.template[i]!]!;
      if (i > 0) expect(start).toBeGreaterThanOrEqual(table.startMs[i - 1]!);
      expect(start).toBeGreaterThanOrEqual(TEST_ANCHOR_MS - FRAME_WINDOW_MS);
      expect(start).toBeLessThan(TEST_ANCHOR_MS);
      expect(start % 1000).toBe(0);
      if (end === Infinity) {
        running++;
        expect(TEST_ANCHOR_MS - start).toBeLessThanOrEqual(tpl.maxDurationMs + 1000);
      } else {
        expect(end).toBeLessThanOrEqual(TEST_ANCHOR_MS);
        expect(end - start).toBeGreaterThanOrEqual(tpl.minDurationMs);
        expect(end - start).toBeLessThanOrEqual(tpl.maxDurationMs);
      }
      expect(table.severity[i] === 0).toBe(tpl.name !== 'Alarm');
      if (tpl.equipmentShare === 0) expect(table.slot[i]).toBe(-1);
      if (tpl.equipmentShare === 1) expect(table.slot[i]).toBeGreaterThanOrEqual(0);
    }
    // About 5 % still running (binomial, n = 11,813: 4-6 % is many standard deviations wide).
    expect(running / table.count).toBeGreaterThan(0.04);
    expect(running / table.count).toBeLessThan(0.06);
    const counts = EF_TEMPLATES.map((_, t) => table.template.filter((v) => v === t).length / table.count);
    counts.forEach((share, t) => expect(Math.abs(share - EF_TEMPLATES[t]!.share)).toBeLessThan(0.02));
  });

  it('names frames uniquely and finds them back by name in any case', () => {
    const table = buildFrameTable(testWorld({ tagCount: 10000 }));
    const names = Array.from({ length: table.count }, (_, i) => frameName(table, i));
    expect(new Set(names).size).toBe(table.count);
    expect(names.every((n) => /^(BatchRun|Maintenance|Alarm|Downtime)-2024-\d{6}$/.test(n))).toBe(true);
    names.forEach((n, i) => expect(frameIndexOfName(table, n.toLowerCase())).toBe(i));
    expect(frameIndexOfName(table, 'BatchRun-2023-000001')).toBe(-1);
    expect(frameIndexOfName(table, 'BatchRun-2024-999999')).toBe(-1);
  });

  it('is a pure function of seed, anchor and layout', () => {
    const a = buildFrameTable(testWorld({ tagCount: 128, seed: 7 }));
    const b = buildFrameTable(testWorld({ tagCount: 128, seed: 7 }));
    const c = buildFrameTable(testWorld({ tagCount: 128, seed: 8 }));
    expect(a).toEqual(b);
    expect(Array.from(a.startMs)).not.toEqual(Array.from(c.startMs));
    const attrs = (t: typeof a) => Array.from({ length: t.count }, (_, i) => frameAttributes(t, i, 7, TEST_ANCHOR_MS));
    expect(attrs(a)).toEqual(attrs(b));
  });

  it('gives every template its own attributes with values', () => {
    const table = buildFrameTable(testWorld({ tagCount: 1000 }));
    for (const [t, tpl] of EF_TEMPLATES.entries()) {
      const i = table.bySeq[t]![0]!;
      const attrs = frameAttributes(table, i, 1, TEST_ANCHOR_MS);
      expect(attrs.map((a) => a.name)).toEqual(tpl.attributes.map((a) => a.name));
      for (const a of attrs) {
        expect(a.tagIndex).toBeNull();
        expect(a.staticValue).toBeDefined();
        expect(typeof a.staticValue).toBe(a.type === 'String' ? 'string' : 'number');
      }
    }
  });
});
