import { describe, expect, it } from 'vitest';
import { openMemoryStore } from '../test-support/open-memory-store';
import { openSeededStoreAround } from '../test-support/seeded-store';
import { closedWindow } from '../../landing';
import { columnsFromRows } from '../test-support/columns-from-rows';
import { FLAG_ANNOTATED, FLAG_GOOD, FLAG_QUESTIONABLE, FLAG_SUBSTITUTED } from '../../landing';
import { qualityBreakdown } from './quality-breakdown';

const seeded = openSeededStoreAround();

describe('qualityBreakdown', () => {
  it('counts each flag over one tag, and each value once in exclusive classes', async () => {
    // FLOW: good; good + annotated; questionable (seq 1); substituted "I/O Timeout" state.
    expect(await qualityBreakdown(seeded.store, { sourceKey: seeded.keys.test.source, webId: 'W-FLOW' })).toEqual({
      total: 4,
      counts: { good: 2, questionable: 1, substituted: 1, annotated: 1, states: 1 },
      percent: { good: 50, questionable: 25, substituted: 25, annotated: 25, states: 25 },
      exclusive: {
        counts: { states: 1, questionableAndSubstituted: 0, questionableOnly: 1, substitutedOnly: 0, goodUnflagged: 2, otherNotGood: 0 },
        percent: { states: 25, questionableAndSubstituted: 0, questionableOnly: 25, substitutedOnly: 0, goodUnflagged: 50, otherNotGood: 0 },
      },
    });
  });

  it('puts a value that is questionable and substituted in one class of its own: the classes sum to the total', async () => {
    const all = await qualityBreakdown(seeded.store, { sourceKey: seeded.keys.test.source });
    const classes = Object.values(all.exclusive.counts);
    expect(classes.reduce((a, b) => a + b, 0)).toBe(all.total);
    expect(Object.values(all.exclusive.percent).reduce((a, b) => a + b, 0)).toBeCloseTo(100, 10);
  });

  it('covers every tag of the source by default: 17 of 19 rows good', async () => {
    const all = await qualityBreakdown(seeded.store, { sourceKey: seeded.keys.test.source });
    expect(all.total).toBe(19);
    expect(all.counts.good).toBe(17);
    expect(all.percent.good).toBeCloseTo((100 * 17) / 19, 10);
  });

  it('counts only the chosen source’s values', async () => {
    expect(await qualityBreakdown(seeded.store, { sourceKey: seeded.keys.other.source })).toMatchObject({
      total: 5,
      counts: { good: 4, questionable: 1, substituted: 0, annotated: 0, states: 0 },
      percent: { good: 80, questionable: 20, substituted: 0, annotated: 0, states: 0 },
    });
    expect((await qualityBreakdown(seeded.store, { sourceKey: seeded.keys.other.source, webId: 'W-FLOW' })).total).toBe(0);
  });
});

describe('qualityBreakdown of overlapping flags', () => {
  it('counts a questionable and substituted value once, in its own class, while the flag shares overlap', async () => {
    const own = await openMemoryStore();
    try {
      const tags = await own.registerTags({ dataServerId: '00000000-0000-4000-8000-0000000000c1', dataServerName: 'FLAGS' }, [{ webId: 'Q-S', name: 'Flags', units: '' }]);
      const tag = tags.get('Q-S') ?? Number.NaN;
      const MIN = 60_000;
      await own.landValues(
        columnsFromRows([
          [tag, 0, 0, 1, null, FLAG_GOOD],
          [tag, MIN, 0, 2, null, FLAG_GOOD | FLAG_QUESTIONABLE],
          [tag, 2 * MIN, 0, 3, null, FLAG_GOOD | FLAG_QUESTIONABLE | FLAG_SUBSTITUTED],
          [tag, 3 * MIN, 0, 4, null, FLAG_SUBSTITUTED | FLAG_ANNOTATED],
          [tag, 4 * MIN, 0, 5, null, 0],
        ]),
        [closedWindow(tag, 0, 4 * MIN)],
        'flags-run',
      );
      const [source] = await own.readRows('SELECT source_key FROM bronze.pi_sources');
      const q = await qualityBreakdown(own, { sourceKey: Number(source?.source_key) });
      // Per flag: 3 good + 2 questionable + 2 substituted = 7 of 5 values, 140 %.
      expect(q.counts).toEqual({ good: 3, questionable: 2, substituted: 2, annotated: 1, states: 0 });
      expect(q.exclusive.counts).toEqual({ states: 0, questionableAndSubstituted: 1, questionableOnly: 1, substitutedOnly: 1, goodUnflagged: 1, otherNotGood: 1 });
      expect(q.exclusive.percent).toEqual({ states: 0, questionableAndSubstituted: 20, questionableOnly: 20, substitutedOnly: 20, goodUnflagged: 20, otherNotGood: 20 });
    } finally {
      await own.close();
    }
  });
});
