import { describe, expect, it } from 'vitest';
import { T0 } from '../test-support/seed-bronze';
import { openSeededStoreAround } from '../test-support/seeded-store';
import { tagSeries } from './tag-series';

const seeded = openSeededStoreAround();

describe('tagSeries', () => {
  it('returns the window columnar, with both values at a shared timestamp and the state row', async () => {
    expect(await tagSeries(seeded.store, { sourceKey: seeded.keys.test.source, webId: 'W-FLOW', startMs: T0, endMs: T0 + 120_000 })).toEqual({
      tsMs: [T0, T0 + 60_000, T0 + 60_000, T0 + 120_000],
      seq: [0, 0, 1, 0],
      value: [10, 11, 12, null],
      state: [null, null, null, 'I/O Timeout'],
      flags: [1, 9, 2, 4],
      truncated: false,
    });
  });

  it('cuts at the limit and says so; an unknown tag is empty', async () => {
    const cut = await tagSeries(seeded.store, { sourceKey: seeded.keys.test.source, webId: 'W-TEMP', startMs: T0 + 60_000, endMs: T0 + 600_000, limit: 3 });
    expect(cut.value).toEqual([1, 2, 3]);
    expect(cut.truncated).toBe(true);
    expect((await tagSeries(seeded.store, { sourceKey: seeded.keys.test.source, webId: 'nope', startMs: T0, endMs: T0 + 1e9 })).tsMs).toEqual([]);
  });

  it('reads a tag only through its own source', async () => {
    const window = { startMs: T0, endMs: T0 + 1e9 };
    expect((await tagSeries(seeded.store, { sourceKey: seeded.keys.other.source, webId: 'X-TEMP', ...window })).tsMs).toEqual([T0, T0 + 30_000, T0 + 60_000]);
    expect((await tagSeries(seeded.store, { sourceKey: seeded.keys.test.source, webId: 'X-TEMP', ...window })).tsMs).toEqual([]);
    expect((await tagSeries(seeded.store, { sourceKey: seeded.keys.other.source, webId: 'W-FLOW', ...window })).tsMs).toEqual([]);
  });
});
