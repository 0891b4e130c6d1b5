import { afterEach, describe, expect, it } from 'vitest';
import type { BronzeStore } from './bronze-store';
import { openMemoryStore } from './test-support/open-memory-store';
import { FRAMES, T0 } from './test-support/seed-bronze';
import { TEST_ASSET_SOURCE } from './test-support/test-source';

const HOUR = 3_600_000;
const DAY = { startMs: T0, endMs: T0 + 24 * HOUR };

let store: BronzeStore;
afterEach(async () => {
  await store.close();
});

const frame = (webId: string): Promise<unknown[]> =>
  store.readRows(
    `SELECT name, template_name, epoch_ms(start_time)::DOUBLE AS start_ms, epoch_ms(end_time)::DOUBLE AS end_ms, duration_seconds,
            primary_element_webid, category_names, severity, CAST(attributes AS VARCHAR) AS attributes
     FROM bronze.pi_event_frames WHERE event_frame_webid = $1`,
    [webId],
  );

describe('landEventFrames', () => {
  it('derives the duration, keeps in-progress frames open, and upserts by WebId', async () => {
    store = await openMemoryStore();
    expect(await store.landEventFrames(TEST_ASSET_SOURCE, DAY, FRAMES)).toBe(4);
    expect(await frame('F-B1')).toEqual([
      {
        name: 'Batch 1',
        template_name: 'BatchRun',
        start_ms: T0,
        end_ms: T0 + 3_600_000,
        duration_seconds: 3_600,
        primary_element_webid: 'E-U01',
        category_names: ['Production'],
        severity: 'None',
        attributes: '{"Product":"A","Yield":97.5}',
      },
    ]);
    expect(await frame('F-M1')).toMatchObject([{ end_ms: null, duration_seconds: null }]);

    // The maintenance frame ends: landing it again closes it.
    const ended = { ...FRAMES[3]!, endMs: FRAMES[3]!.startMs + 45 * 60_000 };
    await store.landEventFrames(TEST_ASSET_SOURCE, { startMs: ended.startMs, endMs: ended.startMs }, [ended]);
    expect(await frame('F-M1')).toMatchObject([{ end_ms: ended.endMs, duration_seconds: 2_700 }]);
    expect((await store.counts()).eventFrames).toBe(4);
  });

  it('replaces what the same search found before: re-reading a window never piles frames up', async () => {
    store = await openMemoryStore();
    await store.landEventFrames(TEST_ASSET_SOURCE, DAY, FRAMES);
    // The same window read again finds only two of them now (the server's frames changed).
    await store.landEventFrames(TEST_ASSET_SOURCE, DAY, FRAMES.slice(0, 2));
    expect((await store.counts()).eventFrames).toBe(2);
    // A search over 00:00-00:30 overlaps Batch 1 and the alarm only: Batch 2 (01:30-03:30) stays.
    await store.landEventFrames(TEST_ASSET_SOURCE, { startMs: T0, endMs: T0 + HOUR / 2 }, []);
    const left = await store.readRows('SELECT event_frame_webid AS id FROM bronze.pi_event_frames ORDER BY id');
    expect(left.map((r) => r.id)).toEqual(['F-B2']);
  });

  it('keeps the frames of another AF database apart', async () => {
    store = await openMemoryStore();
    const other = { ...TEST_ASSET_SOURCE, assetServerId: 'other-guid', assetServerName: 'OTHERAF' };
    await store.landEventFrames(TEST_ASSET_SOURCE, DAY, FRAMES);
    await store.landEventFrames(other, DAY, [{ ...FRAMES[0]!, webId: 'F-OTHER' }]);
    await store.landEventFrames(TEST_ASSET_SOURCE, DAY, FRAMES);
    expect((await store.counts()).eventFrames).toBe(5);
  });
});
