import { describe, expect, it } from 'vitest';
import { openMemoryStore } from '../test-support/open-memory-store';
import { FRAMES, T0 } from '../test-support/seed-bronze';
import { TEST_ASSET_SOURCE } from '../test-support/test-source';
import { openSeededStoreAround } from '../test-support/seeded-store';
import { eventFrameDetails } from './event-frame-details';
import { eventFrameDurations } from './event-frame-durations';
import { eventFrameTemplateCounts } from './event-frame-template-counts';
import { lastEventFrameSearch } from './event-frame-search';
import { eventFrameTimeline } from './event-frame-timeline';

const MIN = 60_000;
const seeded = openSeededStoreAround();

describe('event-frame queries', () => {
  it('count frames per template with those in progress', async () => {
    expect(await eventFrameTemplateCounts(seeded.store, { assetKey: seeded.keys.test.asset })).toEqual([
      { templateName: 'BatchRun', count: 2, inProgress: 0 },
      { templateName: 'Alarm', count: 1, inProgress: 0 },
      { templateName: 'Maintenance', count: 1, inProgress: 1 },
    ]);
    expect(await eventFrameTemplateCounts(seeded.store, { assetKey: seeded.keys.other.asset })).toEqual([{ templateName: 'Downtime', count: 1, inProgress: 0 }]);
  });

  it('bucket durations of ended frames with the exact median', async () => {
    // Ended: 3600 s, 7200 s, 300 s -> median 3600.
    expect(await eventFrameDurations(seeded.store, { assetKey: seeded.keys.test.asset, edgesSeconds: [0, 600, 3600] })).toEqual({
      buckets: [
        { fromSeconds: 0, toSeconds: 600, count: 1 },
        { fromSeconds: 600, toSeconds: 3600, count: 0 },
        { fromSeconds: 3600, toSeconds: null, count: 2 },
      ],
      medianSeconds: 3_600,
      frameCount: 3,
    });
    expect((await eventFrameDurations(seeded.store, { assetKey: seeded.keys.test.asset, templateName: 'BatchRun' })).medianSeconds).toBe(5_400);
  });

  it('bucket only the chosen database’s durations', async () => {
    expect(await eventFrameDurations(seeded.store, { assetKey: seeded.keys.other.asset, edgesSeconds: [0, 600, 3600] })).toEqual({
      buckets: [
        { fromSeconds: 0, toSeconds: 600, count: 0 },
        { fromSeconds: 600, toSeconds: 3600, count: 1 },
        { fromSeconds: 3600, toSeconds: null, count: 0 },
      ],
      medianSeconds: 600,
      frameCount: 1,
    });
    expect((await eventFrameDurations(seeded.store, { assetKey: seeded.keys.other.asset, templateName: 'BatchRun' })).frameCount).toBe(0);
  });

  it('list frames overlapping a window, including one still open, in lanes per element', async () => {
    const page = await eventFrameTimeline(seeded.store, { assetKey: seeded.keys.test.asset, startMs: T0 + 100 * MIN, endMs: T0 + 400 * MIN });
    // Batch 2 on Unit01, the open maintenance on Pump01: one lane each, in path order.
    expect(page.lanes).toEqual([
      { elementWebId: 'E-U01', elementPath: '\\\\AF\\DB\\Sydney\\Unit01', frameCount: 1 },
      { elementWebId: 'E-P01', elementPath: '\\\\AF\\DB\\Sydney\\Unit01\\Pump01', frameCount: 1 },
    ]);
    expect(page.laneCount).toBe(2);
    expect(page.frames.map((f) => [f.webId, f.endMs])).toEqual([
      ['F-B2', T0 + 210 * MIN],
      ['F-M1', null],
    ]);
    expect(page.frames[0]).toEqual({
      webId: 'F-B2',
      name: 'Batch 2',
      templateName: 'BatchRun',
      startMs: T0 + 90 * MIN,
      endMs: T0 + 210 * MIN,
      severity: 'None',
      primaryElementWebId: 'E-U01',
    });
  });

  it('page through lanes: each page has every frame of its lanes, the count stays', async () => {
    const window = { assetKey: seeded.keys.test.asset, startMs: T0, endMs: T0 + 400 * MIN, laneLimit: 1 };
    const first = await eventFrameTimeline(seeded.store, window);
    expect([first.laneCount, first.lanes.map((l) => l.elementWebId), first.frames.map((f) => f.webId)]).toEqual([2, ['E-U01'], ['F-B1', 'F-B2']]);
    const second = await eventFrameTimeline(seeded.store, { ...window, laneOffset: 1 });
    expect([second.laneCount, second.lanes.map((l) => l.elementWebId), second.frames.map((f) => f.webId)]).toEqual([2, ['E-P01'], ['F-A1', 'F-M1']]);
    const past = await eventFrameTimeline(seeded.store, { ...window, laneOffset: 5 });
    expect([past.laneCount, past.lanes, past.frames]).toEqual([2, [], []]);
  });

  it('put only the chosen database’s frames on the timeline', async () => {
    const window = { startMs: T0, endMs: T0 + 400 * MIN };
    expect((await eventFrameTimeline(seeded.store, { assetKey: seeded.keys.test.asset, ...window })).frames.map((f) => f.webId)).toEqual(['F-B1', 'F-A1', 'F-B2', 'F-M1']);
    expect((await eventFrameTimeline(seeded.store, { assetKey: seeded.keys.other.asset, ...window })).frames.map((f) => f.webId)).toEqual(['X-D1']);
  });

  it('report the last search of each database and the frames outside it', async () => {
    // seedBronze searched 00:00-06:00 and found all four; the other source searched the same hours.
    expect(await lastEventFrameSearch(seeded.store, { assetKey: seeded.keys.test.asset })).toMatchObject({ startMs: T0, endMs: T0 + 360 * MIN, foundFrames: 4, framesOutside: 0 });
    expect(await lastEventFrameSearch(seeded.store, { assetKey: seeded.keys.other.asset })).toMatchObject({ foundFrames: 1, framesOutside: 0 });
    expect(await lastEventFrameSearch(seeded.store, { assetKey: 987_654 })).toBeNull();
  });

  it('keep only the last search, and count what earlier searches left outside its window', async () => {
    const own = await openMemoryStore();
    try {
      await own.landEventFrames(TEST_ASSET_SOURCE, { startMs: T0, endMs: T0 + 360 * MIN }, FRAMES);
      const open = FRAMES.filter((f) => f.endMs === null);
      await own.landEventFrames(TEST_ASSET_SOURCE, { startMs: T0 + 300 * MIN, endMs: T0 + 360 * MIN }, open);
      const [asset] = await own.readRows('SELECT asset_key FROM bronze.pi_asset_sources');
      const search = await lastEventFrameSearch(own, { assetKey: Number(asset?.asset_key) });
      // Batch 1, the alarm and Batch 2 ended before 05:00: landed by the first search, outside the last one.
      expect(search).toMatchObject({ startMs: T0 + 300 * MIN, endMs: T0 + 360 * MIN, foundFrames: 1, framesOutside: 3 });
    } finally {
      await own.close();
    }
  });

  it('return frames with their attributes, newest first', async () => {
    const details = await eventFrameDetails(seeded.store, { assetKey: seeded.keys.test.asset, templateName: 'BatchRun' });
    expect(details.map((d) => d.webId)).toEqual(['F-B2', 'F-B1']);
    expect(details[1]).toEqual({
      webId: 'F-B1',
      name: 'Batch 1',
      templateName: 'BatchRun',
      startMs: T0,
      endMs: T0 + 60 * MIN,
      durationSeconds: 3_600,
      severity: 'None',
      primaryElementWebId: 'E-U01',
      categoryNames: ['Production'],
      attributes: { Product: 'A', Yield: 97.5 },
    });
    expect(await eventFrameDetails(seeded.store, { assetKey: seeded.keys.test.asset, limit: 1, offset: 3 })).toHaveLength(1);
    expect(await eventFrameDetails(seeded.store, { assetKey: seeded.keys.test.asset, limit: 1, offset: 4 })).toEqual([]);
  });

  it('list only the chosen database’s frames', async () => {
    expect((await eventFrameDetails(seeded.store, { assetKey: seeded.keys.other.asset })).map((d) => [d.webId, d.attributes])).toEqual([['X-D1', { Reason: 'Blocked' }]]);
  });
});
